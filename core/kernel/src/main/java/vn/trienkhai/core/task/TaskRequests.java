package vn.trienkhai.core.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.task.TaskModel.PartRole;
import vn.trienkhai.core.task.TaskModel.Timeliness;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the task services are asked; the same records are the API's request bodies. */
public final class TaskRequests {

    private TaskRequests() {
    }

    /**
     * Which parts a list shows. {@code unitId}: the unit whose subtree is listed (none: the actor's scope);
     * {@code ownUnitOnly}: that unit's own parts, not its subtree's ("Việc của tôi"); {@code moduleId}: the parts of
     * tasks whose document belongs to that module ("Lĩnh vực"). Every other criterion left empty matches everything.
     */
    @Serdeable
    public record TaskFilter(@Nullable Long unitId, boolean ownUnitOnly, @Nullable Set<TaskStatus> statuses,
                             @Nullable Set<Timeliness> timeliness, @Nullable PartRole role, @Nullable Long documentId,
                             @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo, @Nullable String text,
                             @Nullable String moduleId) {

        public static TaskFilter mine() {
            return new TaskFilter(null, true, null, null, null, null, null, null, null, null);
        }

        public static TaskFilter subtree(@Nullable Long unitId) {
            return new TaskFilter(unitId, false, null, null, null, null, null, null, null, null);
        }

        boolean byModule() {
            return moduleId != null && !moduleId.isBlank();
        }
    }

    /** How a list is ordered; ties keep the earliest deadline first. */
    public enum TaskSort { DUE, STATUS, UNIT, DOCUMENT }

    /** {@code doneOn}: when a part was finished, by default today; {@code note}: required to finish or cancel. */
    @Serdeable
    public record StatusChange(@Nullable TaskStatus status, @Nullable String note, @Nullable LocalDate doneOn, @Nullable Long version) {
    }

    @Serdeable
    public record ProgressReport(@Nullable LocalDate date, @Nullable String text, @Nullable Integer percent, @Nullable Long version) {
    }

    @Serdeable
    public record CommentRequest(@Nullable String text) {
    }

    /** A part with the version the user read it in, for a change of many parts at once. */
    @Serdeable
    public record PartVersion(long partId, long version) {
    }

    @Serdeable
    public record BulkStatusChange(@Nullable List<PartVersion> parts, @Nullable TaskStatus status, @Nullable String note) {
    }
}
