package vn.trienkhai.core.unit.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UnitHistoryRepository extends CrudRepository<UnitHistoryRow, Long> {

    @Query("SELECT * FROM unit_history WHERE organisation_id = :organisationId AND valid_from <= :date"
            + " AND (valid_to IS NULL OR valid_to > :date) ORDER BY depth")
    List<UnitHistoryRow> findValidOn(long organisationId, LocalDate date);

    @Query("SELECT * FROM unit_history WHERE unit_id = :unitId AND valid_to IS NULL")
    Optional<UnitHistoryRow> findCurrent(long unitId);

    List<UnitHistoryRow> findByUnitIdOrderByValidFrom(long unitId);
}
