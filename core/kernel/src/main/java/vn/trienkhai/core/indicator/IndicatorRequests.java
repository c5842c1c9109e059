package vn.trienkhai.core.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Milestone;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.unit.UnitKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What the indicator services are asked. Missing values are reported as field errors, not thrown as nulls. */
public final class IndicatorRequests {

    private IndicatorRequests() {
    }

    /** Defines an indicator or, with the version read, changes one. {@code moduleId} only for {@link Source#MODULE}. */
    @Serdeable
    public record IndicatorRequest(@Nullable String code, @Nullable String name, @Nullable ValueType valueType,
                                   @Nullable Aggregation aggregation, @Nullable String numeratorLabel,
                                   @Nullable String denominatorLabel, @Nullable Set<PeriodKind> periodKinds,
                                   @Nullable Set<UnitKind> unitKinds, @Nullable Source source, @Nullable String moduleId,
                                   @Nullable Boolean active, @Nullable Long version) {
    }

    @Serdeable
    public record DataSetRequest(@Nullable String name, @Nullable List<Long> indicatorIds, @Nullable Long version) {
    }

    @Serdeable
    public record TargetRequest(@Nullable Long indicatorId, @Nullable Long unitId, @Nullable Integer year, @Nullable BigDecimal value,
                                @Nullable Integer baselineYear, @Nullable BigDecimal baselineValue,
                                @Nullable List<Milestone> milestones, @Nullable Long version) {
    }

    /**
     * One figure to save: a cell of a data entry form or a row of a spreadsheet. {@code row} names it in the errors
     * (the spreadsheet's row number, or the form's line); {@code version} is the one read, null for a new figure.
     * A ratio takes its numerator and denominator, anything else its value.
     */
    @Serdeable
    public record FigureInput(int row, @Nullable Long indicatorId, @Nullable Long unitId, @Nullable Period period,
                              @Nullable BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                              @Nullable Long version) {
    }

    /** A batch saved all or nothing; {@code source} is MANUAL for a form, IMPORTED for a spreadsheet. */
    @Serdeable
    public record FigureBatch(List<FigureInput> figures, Source source) {
    }
}
