package vn.trienkhai.core.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.TaskKind;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.Recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the task services return; the same records are the API's answers. */
public final class TaskModel {

    private TaskModel() {
    }

    /** A unit's share of a task: the lead (chủ trì) or a coordinating unit (phối hợp). */
    public enum PartRole { LEAD, COORDINATE }

    /**
     * The four states Vietnamese offices count, with "due soon" as the part of "open within the deadline" that ends
     * within {@link Timeliness#DUE_SOON_DAYS} days. A cancelled part has none.
     */
    public enum Timeliness {
        DONE_ON_TIME, DONE_LATE, OPEN, DUE_SOON, OVERDUE;

        public static final int DUE_SOON_DAYS = 14;

        public static @Nullable Timeliness of(TaskStatus status, @Nullable LocalDate due, @Nullable LocalDate doneOn, LocalDate today) {
            return switch (status) {
                case CANCELLED -> null;
                case DONE -> due == null || doneOn == null || !doneOn.isAfter(due) ? DONE_ON_TIME : DONE_LATE;
                case NOT_STARTED, IN_PROGRESS -> due == null ? OPEN
                        : due.isBefore(today) ? OVERDUE
                        : due.isAfter(today.plusDays(DUE_SOON_DAYS)) ? OPEN : DUE_SOON;
            };
        }

        public boolean isOpen() {
            return this == OPEN || this == DUE_SOON || this == OVERDUE;
        }
    }

    public enum EntryKind { PROGRESS, COMMENT, STATUS }

    /**
     * One line of a task list: a unit's part of one occurrence of a task.
     *
     * @param parentTaskId the task of the whole group when this one is a unit's share of it
     */
    @Serdeable
    public record TaskLine(long partId, long taskId, @Nullable Long parentTaskId, long documentId, String documentLabel,
                           @Nullable String section, String text, TaskKind kind, long unitId, String unitName, PartRole role,
                           DeadlineType deadlineType, @Nullable Recurrence recurrence, @Nullable LocalDate periodStart,
                           @Nullable LocalDate due, TaskStatus status, int percent, @Nullable LocalDate doneOn,
                           @Nullable Timeliness timeliness, long version) {
    }

    /** A unit's part, as the task's page shows it. */
    @Serdeable
    public record Part(long id, long unitId, String unitName, PartRole role, TaskStatus status, int percent,
                       @Nullable LocalDate doneOn, @Nullable String completionNote, @Nullable Timeliness timeliness,
                       boolean mayReport, boolean mayComment, long version) {
    }

    @Serdeable
    public record Occurrence(long id, int sequence, @Nullable LocalDate periodStart, @Nullable LocalDate due, List<Part> parts) {
    }

    /** An entry of a part's history; {@code files} are the files reported with progress. */
    @Serdeable
    public record Entry(long id, long partId, String unitName, EntryKind kind, LocalDate date, String author, @Nullable String text,
                        @Nullable Integer percent, @Nullable TaskStatus from, @Nullable TaskStatus to, Instant at, List<EntryFile> files) {
    }

    @Serdeable
    public record EntryFile(long id, long entryId, String fileName, String contentType, long sizeBytes) {
    }

    /** How far the units a group's task fanned out to are: each child task counted once, by its lead's parts. */
    @Serdeable
    public record ChildProgress(long taskId, long unitId, String unitName, int occurrences, int done, int overdue) {
    }

    /**
     * A task with everything the follow-up knows: its occurrences with every unit's part, the units it fanned out
     * to, and its history, newest last.
     */
    @Serdeable
    public record TaskDetails(long id, @Nullable Long parentTaskId, long documentId, String documentLabel, String documentTitle,
                              @Nullable String section, String text, TaskKind kind, @Nullable String leadUnitName,
                              DeadlineType deadlineType, @Nullable LocalDate deadline, @Nullable Recurrence recurrence,
                              @Nullable LocalDate recurrenceEnd, TaskStatus status, List<Occurrence> occurrences,
                              List<ChildProgress> children, List<Entry> history) {
    }
}
