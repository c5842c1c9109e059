package vn.trienkhai.core.task.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** The rows of the task follow-up, each table's one row type. */
public final class TaskRows {

    private TaskRows() {
    }

    @MappedEntity("task_occurrence")
    public record OccurrenceRow(@Id @GeneratedValue @Nullable Long id, long taskId, int sequence, @Nullable LocalDate periodStart,
                                @Nullable LocalDate dueOn) {
    }

    @MappedEntity("task_part")
    public record PartRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long taskId, long occurrenceId, long unitId,
                          String role, @Nullable LocalDate dueOn, String status, int percent, @Nullable LocalDate doneOn,
                          @Nullable String completionNote, Instant updatedAt, @Version @Nullable Long version) {

        public PartRow with(String newStatus, int newPercent, @Nullable LocalDate newDoneOn, @Nullable String note, Instant at) {
            return new PartRow(id, organisationId, taskId, occurrenceId, unitId, role, dueOn, newStatus, newPercent, newDoneOn, note,
                    at, version);
        }

        /** The same part as the user read it: saving it compares this version with the stored one. */
        public PartRow asRead(long readVersion) {
            return new PartRow(id, organisationId, taskId, occurrenceId, unitId, role, dueOn, status, percent, doneOn, completionNote,
                    updatedAt, readVersion);
        }
    }

    @MappedEntity("task_entry")
    public record EntryRow(@Id @GeneratedValue @Nullable Long id, long partId, String kind, LocalDate entryDate,
                           @Nullable Long authorAccountId, String authorName, @Nullable String text, @Nullable Integer percent,
                           @Nullable String statusFrom, @Nullable String statusTo, Instant createdAt) {
    }

    @MappedEntity("task_entry_attachment")
    public record EntryAttachmentRow(@Id @GeneratedValue @Nullable Long id, long entryId, String fileName, String contentType,
                                     long sizeBytes, String sha256, String storageKey, Instant createdAt) {
    }
}
