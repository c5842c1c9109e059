package vn.trienkhai.core.indicator.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The rows of V9 (DD004), each table's one row type. */
public final class IndicatorRows {

    private IndicatorRows() {
    }

    /** {@code periodKinds} and {@code unitKinds} are comma-separated enum names. */
    @MappedEntity("indicator")
    public record IndicatorRow(@Id @GeneratedValue @Nullable Long id, long organisationId, String code, String name, String valueType,
                               String aggregation, @Nullable String numeratorLabel, @Nullable String denominatorLabel,
                               String periodKinds, String unitKinds, String source, @Nullable String moduleId, boolean active,
                               @Version @Nullable Long version) {
    }

    @MappedEntity("data_set")
    public record DataSetRow(@Id @GeneratedValue @Nullable Long id, long organisationId, String name, @Version @Nullable Long version) {
    }

    @MappedEntity("data_set_indicator")
    public record DataSetIndicatorRow(@Id @GeneratedValue @Nullable Long id, long dataSetId, long indicatorId, int position) {
    }

    @MappedEntity("indicator_target")
    public record TargetRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long indicatorId, long unitId, int targetYear,
                            BigDecimal targetValue, @Nullable Integer baselineYear, @Nullable BigDecimal baselineValue,
                            @Nullable Long planTargetId, @Version @Nullable Long version) {
    }

    @MappedEntity("indicator_milestone")
    public record MilestoneRow(@Id @GeneratedValue @Nullable Long id, long targetId, int milestoneYear, BigDecimal milestoneValue) {
    }

    @MappedEntity("figure")
    public record FigureRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long indicatorId, long unitId, String periodKind,
                            LocalDate periodStart, LocalDate periodEnd, BigDecimal figureValue, @Nullable BigDecimal numerator,
                            @Nullable BigDecimal denominator, String source, String updatedBy, Instant updatedAt,
                            @Version @Nullable Long version) {
    }

    @MappedEntity("figure_lock")
    public record FigureLockRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, String periodKind,
                                LocalDate periodStart, String lockedBy, Instant lockedAt) {
    }
}
