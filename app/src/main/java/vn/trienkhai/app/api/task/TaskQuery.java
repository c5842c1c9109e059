package vn.trienkhai.app.api.task;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.task.TaskModel.PartRole;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;

import java.time.LocalDate;
import java.util.Set;

/**
 * The query of a task list, shared by the list and its export so that both read the same parameters the same way.
 * {@code scope}: {@code mine} (the unit's own parts, the default) or {@code unit} (the subtree of {@code unitId}, by
 * default the caller's scope); {@code status} and {@code timeliness} may be repeated; {@code moduleId}: the tasks of the
 * documents belonging to that module.
 */
@Introspected
record TaskQuery(@QueryValue @Nullable Scope scope, @QueryValue @Nullable Long unitId, @QueryValue @Nullable Set<TaskStatus> status,
                 @QueryValue @Nullable Set<Timeliness> timeliness, @QueryValue @Nullable PartRole role,
                 @QueryValue @Nullable Long documentId, @QueryValue @Nullable LocalDate dueFrom, @QueryValue @Nullable LocalDate dueTo,
                 @QueryValue @Nullable String text, @QueryValue @Nullable String moduleId, @QueryValue @Nullable TaskSort sort) {

    enum Scope { MINE, UNIT }

    TaskFilter filter() {
        return new TaskFilter(unitId, scope != Scope.UNIT, status, timeliness, role, documentId, dueFrom, dueTo, text, moduleId);
    }

    TaskSort sortOrDefault() {
        return sort == null ? TaskSort.DUE : sort;
    }
}
