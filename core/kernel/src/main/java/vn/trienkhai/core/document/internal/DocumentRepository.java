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

    List<DocumentRow> findByOrganisationIdAndSymbol(long organisationId, String symbol);

    List<DocumentRow> findByIdIn(Collection<Long> ids);

    /** Filters: each pattern '%' matches all; dates bound the issue date (documents without one match only open bounds). */
    @Query(value = "SELECT * FROM document WHERE organisation_id = :organisationId AND kind LIKE :kind"
            + " AND COALESCE(issuer_code, '') LIKE :issuerCode AND status LIKE :status AND search_key LIKE :text"
            + " AND (issued_on IS NULL AND :anyDate OR issued_on BETWEEN :from AND :to)"
            + " ORDER BY issued_on DESC NULLS LAST, id DESC",
            countQuery = "SELECT count(*) FROM document WHERE organisation_id = :organisationId AND kind LIKE :kind"
            + " AND COALESCE(issuer_code, '') LIKE :issuerCode AND status LIKE :status AND search_key LIKE :text"
            + " AND (issued_on IS NULL AND :anyDate OR issued_on BETWEEN :from AND :to)")
    Page<DocumentRow> search(long organisationId, String kind, String issuerCode, String status, String text, boolean anyDate,
                             LocalDate from, LocalDate to, Pageable pageable);
}
