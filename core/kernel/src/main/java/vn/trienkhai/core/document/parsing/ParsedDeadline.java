package vn.trienkhai.core.document.parsing;

import java.time.LocalDate;

/**
 * The deadline of a task.
 *
 * @param type how precisely it is stated
 * @param date the last day it allows (end of the month, quarter, year or range); null for NONE
 */
public record ParsedDeadline(DeadlineType type, LocalDate date) {

    public static final ParsedDeadline NONE = new ParsedDeadline(DeadlineType.NONE, null);
}
