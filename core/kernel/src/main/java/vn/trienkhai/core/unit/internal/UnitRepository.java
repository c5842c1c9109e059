package vn.trienkhai.core.unit.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UnitRepository extends CrudRepository<UnitRow, Long> {

    /** The active units of the organisation whose path matches {@code scope}, e.g. {@code /1/4/%}. */
    @Query("SELECT * FROM unit WHERE organisation_id = :organisationId AND path LIKE :scope AND valid_to IS NULL ORDER BY depth, sort_key")
    List<UnitRow> findActiveTree(long organisationId, String scope);

    @Query("SELECT * FROM unit WHERE organisation_id = :organisationId AND path LIKE :scope ORDER BY depth, sort_key")
    List<UnitRow> findAllByPathLike(long organisationId, String scope);

    /** Active units whose path starts with {@code pattern}'s prefix: one indexed range scan, no recursion. */
    @Query("SELECT * FROM unit WHERE path LIKE :pattern AND valid_to IS NULL ORDER BY depth, sort_key")
    List<UnitRow> findActiveByPathLike(String pattern);

    @Query("SELECT * FROM unit WHERE id IN (:ids) ORDER BY depth")
    List<UnitRow> findByIdsOrderByDepth(Collection<Long> ids);

    @Query("SELECT * FROM unit WHERE parent_id = :parentId AND valid_to IS NULL")
    List<UnitRow> findActiveChildren(long parentId);

    @Query(value = "SELECT * FROM unit WHERE organisation_id = :organisationId AND path LIKE :scope"
            + " AND search_key LIKE :pattern AND valid_to IS NULL ORDER BY sort_key",
            countQuery = "SELECT count(*) FROM unit WHERE organisation_id = :organisationId AND path LIKE :scope"
                    + " AND search_key LIKE :pattern AND valid_to IS NULL")
    Page<UnitRow> searchActive(long organisationId, String scope, String pattern, Pageable pageable);

    long countByOrganisationId(long organisationId);
}
