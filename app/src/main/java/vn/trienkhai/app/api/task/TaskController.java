package vn.trienkhai.app.api.task;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.app.api.unit.PageDto;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.task.TaskBoard;
import vn.trienkhai.core.task.TaskExport;
import vn.trienkhai.core.task.TaskModel.TaskDetails;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskPage;

import java.util.function.Function;

/** The task lists, a task's page, and the list exported to Excel. */
@Controller("/api/tasks")
@Tag(name = "Nhiệm vụ")
class TaskController {

    static final String XLSX = TaskExport.CONTENT_TYPE;

    private static final String FILTERS = " Filters: scope (mine: the unit's own parts, the default; unit: the subtree of unitId, "
            + "by default the caller's scope), status (NOT_STARTED, IN_PROGRESS, DONE, CANCELLED; repeatable), timeliness "
            + "(DONE_ON_TIME, DONE_LATE, OPEN, DUE_SOON, OVERDUE; repeatable), role (LEAD, COORDINATE), documentId, dueFrom and "
            + "dueTo (yyyy-mm-dd), text, moduleId (the tasks of the documents of that domain, e.g. culture); sort DUE (default), STATUS, UNIT or DOCUMENT. A value that cannot be read is 400 naming it.";

    private final TaskBoard board;
    private final TaskPage page;
    private final TaskExport export;

    TaskController(TaskBoard board, TaskPage page, TaskExport export) {
        this.board = board;
        this.page = page;
        this.export = export;
    }

    @Get
    @Operation(summary = "Danh sách nhiệm vụ", description = "One line per unit's part of a task's occurrence, in the caller's scope."
            + FILTERS)
    PageDto<TaskLine> list(@Parameter(hidden = true) Actor actor, @RequestBean TaskQuery query,
                           @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        return PageDto.of(board.list(actor, query.filter(), query.sortOrDefault(),
                Pageable.from(Math.max(page, 0), Math.clamp(size, 1, 200))), Function.identity());
    }

    @Get("/{taskId}")
    @Operation(summary = "Chi tiết nhiệm vụ", description = "Its occurrences with every unit's part (mayReport, mayComment say what "
            + "the caller may do), the units a group's task fanned out to, and its history; 404 outside the caller's scope.")
    TaskDetails get(@Parameter(hidden = true) Actor actor, long taskId) {
        return page.get(actor, taskId);
    }

    // JSON as well: a refusal is answered in JSON, and a client asking for JSON must not fall through to GET /{taskId}
    @Get(uri = "/export.xlsx", produces = {XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Xuất danh sách nhiệm vụ ra Excel", description = "The same list as GET /api/tasks, every page, as an .xlsx "
            + "file (nhiem-vu.xlsx); at most " + TaskExport.MAX_ROWS + " lines, the last row saying so when the list is longer."
            + FILTERS)
    HttpResponse<byte[]> export(@Parameter(hidden = true) Actor actor, @RequestBean TaskQuery query) {
        return HttpResponse.ok(export.export(actor, query.filter(), query.sortOrDefault())).contentType(MediaType.of(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nhiem-vu.xlsx\"");
    }
}
