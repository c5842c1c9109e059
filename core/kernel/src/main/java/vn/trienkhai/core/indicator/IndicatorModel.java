package vn.trienkhai.core.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.document.parsing.TargetUnit;
import vn.trienkhai.core.unit.UnitKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What the indicator services return (DD004). */
public final class IndicatorModel {

    private IndicatorModel() {
    }

    /** What a figure measures. A percentage with {@link Aggregation#RATIO_OF_SUMS} is entered as numerator and denominator. */
    public enum ValueType {
        PERCENTAGE, COUNT, MONEY, YES_NO
    }

    /** How the figures of a subtree (and of the periods inside the asked one) make one value. */
    public enum Aggregation {
        /** Σ values: counts and money. */
        SUM,
        /** Σ numerators / Σ denominators × 100: never the average of the percentages. */
        RATIO_OF_SUMS,
        /** Each unit's figure of the latest period inside the asked one, summed: a stock such as cultural houses. */
        LATEST,
        MIN,
        MAX
    }

    /** Where the figures come from; a module's are computed, never typed in. */
    public enum Source {
        MANUAL, IMPORTED, MODULE
    }

    @Serdeable
    public record Indicator(long id, long organisationId, String code, String name, ValueType valueType, Aggregation aggregation,
                            @Nullable String numeratorLabel, @Nullable String denominatorLabel, Set<PeriodKind> periodKinds,
                            Set<UnitKind> unitKinds, Source source, @Nullable String moduleId, boolean active, long version) {

        public boolean isRatio() {
            return aggregation == Aggregation.RATIO_OF_SUMS;
        }

        /** Whether people may type or import its figures (a module's are computed). */
        public boolean isEnteredByHand() {
            return source != Source.MODULE;
        }
    }

    @Serdeable
    public record DataSet(long id, long organisationId, String name, List<Indicator> indicators, long version) {
    }

    /** One stored measurement; for a ratio the value is the percentage of its numerator over its denominator. */
    @Serdeable
    public record Figure(long id, long indicatorId, long unitId, Period period, BigDecimal value, @Nullable BigDecimal numerator,
                         @Nullable BigDecimal denominator, Source source, long version) {
    }

    /** A unit of an applicable kind in the subtree that has no figure for the period: missing, never zero. */
    @Serdeable
    public record MissingUnit(long unitId, String code, String name) {
    }

    /**
     * The value of an indicator for a unit's subtree and a period, computed from the figures.
     *
     * @param value       null when no unit reported (or every denominator summed to zero)
     * @param reported    how many units' figures were counted
     * @param missing     how many units of an applicable kind have no figure
     * @param missingUnits the missing units when asked for, else empty
     */
    @Serdeable
    public record RollUp(long unitId, Period period, @Nullable BigDecimal value, @Nullable BigDecimal numerator,
                         @Nullable BigDecimal denominator, int reported, int missing, List<MissingUnit> missingUnits) {
    }

    /** One period of a series (for charts): the value and how many units reported. */
    @Serdeable
    public record SeriesPoint(Period period, @Nullable BigDecimal value, @Nullable BigDecimal numerator,
                              @Nullable BigDecimal denominator, int reported) {
    }

    /** A child unit's roll-up, for the "by sub-unit" table. */
    @Serdeable
    public record SubUnitRollUp(long unitId, String code, String name, RollUp rollUp) {
    }

    public enum AchievementStatus {
        /** At or above the target. */
        ACHIEVED,
        /** At or above the straight line from the baseline (or a milestone) for this year. */
        ON_TRACK,
        /** Below the line, but by no more than a tenth of the remaining gap between the baseline and the line. */
        AT_RISK,
        /** Further below the line, or no figure. */
        OFF_TRACK
    }

    @Serdeable
    public record Milestone(int year, BigDecimal value) {
    }

    @Serdeable
    public record Target(long id, long indicatorId, long unitId, int year, BigDecimal value, @Nullable Integer baselineYear,
                         @Nullable BigDecimal baselineValue, List<Milestone> milestones, @Nullable Long planTargetId, long version) {
    }

    /** A plan's target as the import wrote it, and the indicator it is attached to, if any. */
    @Serdeable
    public record PlanTarget(long id, long documentId, String text, BigDecimal value, TargetUnit unit, @Nullable Integer year,
                             @Nullable Long indicatorId) {
    }

    /**
     * How far a target is in a year: the roll-up's value against the target and against the expected value of that
     * year (its milestone, else the straight line from the baseline to the target).
     */
    @Serdeable
    public record Achievement(Target target, int year, @Nullable BigDecimal value, @Nullable BigDecimal expected,
                              @Nullable BigDecimal percentOfTarget, AchievementStatus status) {
    }
}
