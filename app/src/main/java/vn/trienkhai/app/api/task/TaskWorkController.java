package vn.trienkhai.app.api.task;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.task.TaskRequests.BulkStatusChange;
import vn.trienkhai.core.task.TaskRequests.CommentRequest;
import vn.trienkhai.core.task.TaskRequests.ProgressReport;
import vn.trienkhai.core.task.TaskRequests.StatusChange;
import vn.trienkhai.core.task.TaskWork;

import java.util.List;

/** The work on a unit's part of a task: status, progress, comments; every change takes the version the caller read. */
@Controller("/api/tasks")
@Tag(name = "Nhiệm vụ")
class TaskWorkController {

    private static final String VERSIONED = " version is the part's version as read: 409 task.changed-by-someone-else when someone "
            + "changed it meanwhile; 404 outside the caller's scope, 403 for a role that may not.";

    private final TaskWork work;
    private final PartMapper mapper;

    TaskWorkController(TaskWork work, PartMapper mapper) {
        this.work = work;
        this.mapper = mapper;
    }

    @Post("/parts/{partId}/status")
    @Operation(summary = "Đổi trạng thái phần việc", description = "status NOT_STARTED, IN_PROGRESS, DONE or CANCELLED; DONE and "
            + "CANCELLED need a note (422 on field note), DONE takes doneOn (default today, not in the future); cancelling is for "
            + "officers; moving a closed part back reopens it." + VERSIONED)
    PartDto changeStatus(@Parameter(hidden = true) Actor actor, long partId, @Body StatusChange change) {
        return mapper.toDto(work.changeStatus(actor, partId, change));
    }

    @Post("/parts/{partId}/progress")
    @Operation(summary = "Báo cáo tiến độ", description = "text (required), percent 0–100 (default: unchanged), date (default "
            + "today); a part not started is then in progress, a closed one takes none (409 task.closed). The answer's entryId is the "
            + "progress entry written: attach the minutes or photos to it with POST /api/tasks/entries/{entryId}/attachments."
            + VERSIONED)
    PartDto report(@Parameter(hidden = true) Actor actor, long partId, @Body ProgressReport report) {
        return mapper.toDto(work.report(actor, partId, report, List.of()));
    }

    @Post("/parts/{partId}/comments")
    @Operation(summary = "Góp ý về phần việc", description = "text (required). Any unit with a part of the same task may comment; "
            + "the part's unit is notified. 204 when saved.")
    HttpResponse<Void> comment(@Parameter(hidden = true) Actor actor, long partId, @Body CommentRequest comment) {
        work.comment(actor, partId, comment);
        return HttpResponse.noContent();
    }

    @Post("/status")
    @Operation(summary = "Đổi trạng thái nhiều phần việc", description = "parts: [{partId, version}], status, note; officers only. "
            + "All or none: one refusal or one stale version changes nothing.")
    List<PartDto> changeStatuses(@Parameter(hidden = true) Actor actor, @Body BulkStatusChange change) {
        return mapper.toDtos(work.changeStatus(actor, change));
    }
}
