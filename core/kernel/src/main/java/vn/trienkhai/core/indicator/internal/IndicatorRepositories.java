package vn.trienkhai.core.indicator.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRows.DataSetIndicatorRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.DataSetRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.FigureLockRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.FigureRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.IndicatorRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.MilestoneRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.TargetRow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The repositories of {@link IndicatorRows}. */
public final class IndicatorRepositories {

    private IndicatorRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface IndicatorRepository extends CrudRepository<IndicatorRow, Long> {
        List<IndicatorRow> findByOrganisationIdOrderByCode(long organisationId);

        Optional<IndicatorRow> findByOrganisationIdAndCode(long organisationId, String code);

        List<IndicatorRow> findByOrganisationIdAndModuleId(long organisationId, String moduleId);

        List<IndicatorRow> findByIdIn(Collection<Long> ids);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface DataSetRepository extends CrudRepository<DataSetRow, Long> {
        List<DataSetRow> findByOrganisationIdOrderByName(long organisationId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface DataSetIndicatorRepository extends CrudRepository<DataSetIndicatorRow, Long> {
        List<DataSetIndicatorRow> findByDataSetIdOrderByPosition(long dataSetId);

        void deleteByDataSetId(long dataSetId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface TargetRepository extends CrudRepository<TargetRow, Long> {
        List<TargetRow> findByIndicatorIdOrderByTargetYear(long indicatorId);

        Optional<TargetRow> findByIndicatorIdAndUnitIdAndTargetYear(long indicatorId, long unitId, int targetYear);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface MilestoneRepository extends CrudRepository<MilestoneRow, Long> {
        List<MilestoneRow> findByTargetIdOrderByMilestoneYear(long targetId);

        void deleteByTargetId(long targetId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface FigureRepository extends CrudRepository<FigureRow, Long> {
        Optional<FigureRow> findByIndicatorIdAndPeriodKindAndPeriodStartAndUnitId(long indicatorId, String periodKind,
                                                                                  LocalDate periodStart, long unitId);

        List<FigureRow> findByUnitIdAndPeriodKindAndPeriodStart(long unitId, String periodKind, LocalDate periodStart);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface FigureLockRepository extends CrudRepository<FigureLockRow, Long> {
        Optional<FigureLockRow> findByUnitIdAndPeriodKindAndPeriodStart(long unitId, String periodKind, LocalDate periodStart);
    }
}
