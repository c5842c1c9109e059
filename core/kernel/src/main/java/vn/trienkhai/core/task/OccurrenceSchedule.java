package vn.trienkhai.core.task;

import io.micronaut.core.annotation.Nullable;
import vn.trienkhai.core.document.parsing.Recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a recurring duty falls due: once per period (week, month, quarter, half-year, year) from the period holding
 * its start, each due on the period's last day (a week's on its Friday, the last working day), up to its end. Only
 * occurrences due before a horizon are generated, so that an open-ended monthly duty does not fill the database
 * with decades of rows; {@link TaskAssignment#extendToHorizon} adds the next ones as time passes.
 */
final class OccurrenceSchedule {

    /** More than ten years of weeks: a bound on what one call generates, whatever dates it is given. */
    static final int MAX_OCCURRENCES = 600;

    private OccurrenceSchedule() {
    }

    record Slot(LocalDate periodStart, LocalDate due) {
    }

    /**
     * The slots of {@code recurrence} from {@code start} to {@code end} (none: open-ended) due after {@code after}
     * (none: from the first) and not after {@code horizon}; the first slot is always given, even beyond the horizon,
     * so that a duty starting later is already visible.
     */
    static List<Slot> slots(Recurrence recurrence, LocalDate start, @Nullable LocalDate end, @Nullable LocalDate after,
                            LocalDate horizon) {
        List<Slot> slots = new ArrayList<>();
        LocalDate periodStart = periodStart(recurrence, start);
        for (int index = 0; index < MAX_OCCURRENCES; index++) {
            if (end != null && periodStart.isAfter(end)) {
                break;
            }
            LocalDate next = next(recurrence, periodStart);
            LocalDate due = recurrence == Recurrence.WEEKLY ? periodStart.with(DayOfWeek.FRIDAY) : next.minusDays(1);
            boolean first = index == 0;
            if (!first && due.isAfter(horizon)) {
                break;
            }
            if (after == null || due.isAfter(after)) {
                slots.add(new Slot(periodStart, due));
            }
            periodStart = next;
        }
        return slots;
    }

    private static LocalDate periodStart(Recurrence recurrence, LocalDate date) {
        return switch (recurrence) {
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> date.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF_YEARLY -> LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
            case ANNUAL -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    private static LocalDate next(Recurrence recurrence, LocalDate periodStart) {
        return switch (recurrence) {
            case WEEKLY -> periodStart.plusWeeks(1);
            case MONTHLY -> periodStart.plusMonths(1);
            case QUARTERLY -> periodStart.plusMonths(3);
            case HALF_YEARLY -> periodStart.plusMonths(6);
            case ANNUAL -> periodStart.plusYears(1);
        };
    }
}
