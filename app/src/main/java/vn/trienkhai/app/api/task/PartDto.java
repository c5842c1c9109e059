package vn.trienkhai.app.api.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;

import java.time.LocalDate;

/**
 * A unit's part of a task after a change: what the client needs to show it and to change it again.
 *
 * @param entryId after a progress report, the history entry it wrote, to attach files to; none after other changes
 */
@Serdeable
public record PartDto(long id, TaskStatus status, int percent, @Nullable LocalDate doneOn, @Nullable String completionNote,
                      long version, @Nullable Long entryId) {
}
