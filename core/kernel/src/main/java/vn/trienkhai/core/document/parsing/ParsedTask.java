package vn.trienkhai.core.document.parsing;

import java.util.List;

/**
 * A task of the plan.
 *
 * @param text              the task as written (bullet or numbering removed)
 * @param section           code of the numbered item or heading it sits under ("III.2", "II.2.1")
 * @param leadUnit          the unit that leads (chủ trì), or null when the text names none
 * @param coordinatingUnits the units that coordinate (phối hợp); never null
 * @param deadline          never null; {@link ParsedDeadline#NONE} when no deadline is stated
 * @param recurrence        how often the duty repeats, or null for a one-off task
 */
public record ParsedTask(
        String text,
        String section,
        String leadUnit,
        List<String> coordinatingUnits,
        ParsedDeadline deadline,
        Recurrence recurrence) {

    public ParsedTask {
        coordinatingUnits = coordinatingUnits == null ? List.of() : List.copyOf(coordinatingUnits);
        deadline = deadline == null ? ParsedDeadline.NONE : deadline;
    }
}
