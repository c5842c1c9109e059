package vn.trienkhai.core.document.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DocumentRepository extends CrudRepository<DocumentRow, Long> {

    /**
     * Whether document {@code d} is visible to an actor whose home unit has the ids {@code :lineage} from the root down
     * and the subtree pattern {@code :subtree}; {@code :everything} for the root and the installation's administrators.
     * A document from outside the tree is public to the organisation; one issued in it is visible to the ancestors of
     * every unit it concerns (view {@code document_unit}) and to the subtrees of those that carry it out. For a list:
     * each semi-join is computed once per query, whatever the number of documents.
     */
    String VISIBLE = " (:everything OR d.issuing_unit_id IS NULL"
            + " OR d.id IN (SELECT du.document_id FROM document_unit du JOIN unit u ON u.id = du.unit_id WHERE u.path LIKE :subtree)"
            + " OR d.id IN (SELECT du.document_id FROM document_unit du WHERE du.reaches_down AND du.unit_id IN (:lineage)))";

    /**
     * {@link #VISIBLE} for a few given documents: the same rule, read per document through the document_id indexes
     * instead of once for the whole organisation.
     */
    String VISIBLE_EACH = " (:everything OR d.issuing_unit_id IS NULL OR EXISTS (SELECT 1 FROM document_unit du"
            + " JOIN unit u ON u.id = du.unit_id WHERE du.document_id = d.id"
            + " AND (u.path LIKE :subtree OR du.reaches_down AND du.unit_id IN (:lineage))))";

    String FILTERS = " FROM document d WHERE d.organisation_id = :organisationId AND d.kind LIKE :kind"
            + " AND COALESCE(d.issuer_code, '') LIKE :issuerCode AND d.status LIKE :status AND d.search_key LIKE :text"
            + " AND (d.issued_on IS NULL AND :anyDate OR d.issued_on BETWEEN :from AND :to) AND" + VISIBLE;

    List<DocumentRow> findByOrganisationIdAndSymbol(long organisationId, String symbol);

    List<DocumentRow> findByIdIn(Collection<Long> ids);

    /** Filters: each pattern '%' matches all; dates bound the issue date (documents without one match only open bounds). */
    @Query(value = "SELECT d.*" + FILTERS + " ORDER BY d.issued_on DESC NULLS LAST, d.id DESC",
            countQuery = "SELECT count(*)" + FILTERS)
    Page<DocumentRow> search(long organisationId, String kind, String issuerCode, String status, String text, boolean anyDate,
                             LocalDate from, LocalDate to, boolean everything, Collection<Long> lineage, String subtree,
                             Pageable pageable);

    /** Which of {@code ids} the actor sees, see {@link #VISIBLE_EACH}. */
    @Query("SELECT d.id FROM document d WHERE d.id IN (:ids) AND" + VISIBLE_EACH)
    List<Long> findVisible(Collection<Long> ids, boolean everything, Collection<Long> lineage, String subtree);

    /**
     * The newest documents that may ask unit {@code unitId} to carry them out: those of its ancestors (whose tasks
     * name it, or a group it belongs to) and those sending it one "for execution" or giving it a task to lead.
     */
    @Query("SELECT d.* FROM document d WHERE d.organisation_id = :organisationId AND (d.issuing_unit_id IN (:ancestorIds)"
            + " OR d.id IN (SELECT r.document_id FROM document_recipient r WHERE r.unit_id = :unitId AND r.purpose = 'EXECUTE'"
            + " UNION SELECT t.document_id FROM task t WHERE t.lead_unit_id = :unitId))"
            + " ORDER BY d.issued_on DESC NULLS LAST, d.id DESC LIMIT :limit")
    List<DocumentRow> findAskingUnit(long organisationId, long unitId, Collection<Long> ancestorIds, int limit);

    /** The newest documents issued by a unit of the subtree pattern. */
    @Query("SELECT d.* FROM document d JOIN unit u ON u.id = d.issuing_unit_id WHERE d.organisation_id = :organisationId"
            + " AND u.path LIKE :subtree ORDER BY d.issued_on DESC NULLS LAST, d.id DESC LIMIT :limit")
    List<DocumentRow> findIssuedWithin(long organisationId, String subtree, int limit);

    /** Whether the document's owner unit lies in the subtree pattern: whether someone there may change it. */
    @Query("SELECT count(*) FROM document d JOIN unit u ON u.id = d.owner_unit_id WHERE d.id = :id AND u.path LIKE :subtree")
    long countOwnedWithin(long id, String subtree);
}
