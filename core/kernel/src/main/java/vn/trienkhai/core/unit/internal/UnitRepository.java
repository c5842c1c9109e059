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

    @Query("SELECT * FROM unit WHERE organisation_id = :organisationId AND valid_to IS NULL ORDER BY depth, sort_key")
    List<UnitRow> findActiveTree(long organisationId);

    @Query("SELECT * FROM unit WHERE organisation_id = :organisationId ORDER BY depth, sort_key")
    List<UnitRow> findWholeTree(long organisationId);

    /** Active units whose path starts with {@code pattern}'s prefix: one indexed range scan, no recursion. */
    @Query("SELECT * FROM unit WHERE path LIKE :pattern AND valid_to IS NULL ORDER BY depth, sort_key")
    List<UnitRow> findActiveByPathLike(String pattern);

    @Query("SELECT * FROM unit WHERE id IN (:ids) ORDER BY depth")
    List<UnitRow> findByIdsOrderByDepth(Collection<Long> ids);

    @Query("SELECT * FROM unit WHERE parent_id = :parentId AND valid_to IS NULL")
    List<UnitRow> findActiveChildren(long parentId);

    @Query(value = "SELECT * FROM unit WHERE organisation_id = :organisationId AND search_key LIKE :pattern"
            + " AND valid_to IS NULL ORDER BY sort_key",
            countQuery = "SELECT count(*) FROM unit WHERE organisation_id = :organisationId"
                    + " AND search_key LIKE :pattern AND valid_to IS NULL")
    Page<UnitRow> searchActive(long organisationId, String pattern, Pageable pageable);

    long countByOrganisationId(long organisationId);
}
