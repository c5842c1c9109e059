package vn.trienkhai.app.api.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;

import java.time.LocalDate;

/** A unit's part of a task after a change: what the client needs to show it and to change it again. */
@Serdeable
public record PartDto(long id, TaskStatus status, int percent, @Nullable LocalDate doneOn, @Nullable String completionNote,
                      long version) {
}
