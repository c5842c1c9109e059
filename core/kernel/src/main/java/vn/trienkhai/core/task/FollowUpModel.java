package vn.trienkhai.core.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.task.TaskModel.TaskLine;

import java.time.LocalDate;
import java.util.List;

/** What the leaders' follow-up dashboard ({@link FollowUpDashboard}) answers. */
public final class FollowUpModel {

    private FollowUpModel() {
    }

    /** The periods reviews count by; {@code CURRENT} is every part, whatever its deadline, as things stand today. */
    public enum PeriodKind { CURRENT, YEAR, HALF_YEAR, QUARTER }

    /**
     * A period of the follow-up: the parts whose deadline falls in it. {@code index} is the half-year (1–2) or the
     * quarter (1–4); ignored for a year and for the current view, which has no year either.
     */
    @Serdeable
    public record Period(PeriodKind kind, int year, int index) {

        public static Period current() {
            return new Period(PeriodKind.CURRENT, 0, 0);
        }

        public static Period year(int year) {
            return new Period(PeriodKind.YEAR, year, 1);
        }

        /** The first day of the period, none for the current view. */
        public @Nullable LocalDate from() {
            return switch (kind) {
                case CURRENT -> null;
                case YEAR -> LocalDate.of(year, 1, 1);
                case HALF_YEAR -> LocalDate.of(year, 6 * (index - 1) + 1, 1);
                case QUARTER -> LocalDate.of(year, 3 * (index - 1) + 1, 1);
            };
        }

        /** The last day of the period, none for the current view. */
        public @Nullable LocalDate to() {
            return switch (kind) {
                case CURRENT -> null;
                case YEAR -> LocalDate.of(year, 12, 31);
                case HALF_YEAR -> from().plusMonths(6).minusDays(1);
                case QUARTER -> from().plusMonths(3).minusDays(1);
            };
        }

        /** How many periods of this kind a year has: the valid indexes are 1 to this. */
        public int perYear() {
            return switch (kind) {
                case CURRENT, YEAR -> 1;
                case HALF_YEAR -> 2;
                case QUARTER -> 4;
            };
        }
    }

    /**
     * The four states counted, cancelled parts left out. {@code withinDeadline} includes {@code dueSoon}, the parts
     * due within {@link TaskModel.Timeliness#DUE_SOON_DAYS} days.
     */
    @Serdeable
    public record StateCounts(long onTime, long late, long withinDeadline, long dueSoon, long overdue) {

        public static final StateCounts NONE = new StateCounts(0, 0, 0, 0, 0);

        public long total() {
            return onTime + late + withinDeadline + overdue;
        }

        public long done() {
            return onTime + late;
        }

        /** Done of everything not cancelled, in whole per cent; 0 when there is nothing. */
        public int completionPercent() {
            return total() == 0 ? 0 : (int) Math.round(100.0 * done() / total());
        }

        public StateCounts plus(StateCounts other) {
            return new StateCounts(onTime + other.onTime, late + other.late, withinDeadline + other.withinDeadline,
                    dueSoon + other.dueSoon, overdue + other.overdue);
        }
    }

    /**
     * A row per unit: the chosen unit's own parts ({@code own}), or a child unit with its whole subtree rolled up.
     */
    @Serdeable
    public record UnitCounts(long unitId, String unitName, boolean own, StateCounts counts) {
    }

    @Serdeable
    public record DocumentCounts(long documentId, String documentLabel, StateCounts counts) {
    }

    @Serdeable
    public record UnitOverdue(long unitId, String unitName, long overdue) {
    }

    /**
     * The dashboard of a unit and a period: the counts per unit (the chosen unit's own row first), per document
     * (the documents with the most parts), the units with the most overdue parts at any depth, and the nearest
     * lists of overdue parts (latest deadline first) and of parts due soon (nearest first).
     */
    @Serdeable
    public record FollowUp(long unitId, String unitName, Period period, @Nullable LocalDate from, @Nullable LocalDate to,
                           StateCounts total, List<UnitCounts> units, List<DocumentCounts> documents,
                           List<UnitOverdue> mostOverdue, List<TaskLine> overdue, List<TaskLine> dueSoon) {

        public boolean isEmpty() {
            return total.total() == 0;
        }
    }
}
