package vn.trienkhai.app.api.task;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.notification.Notifications;
import vn.trienkhai.core.notification.Notifications.Notice;

import java.util.List;

/** The notices of the caller's unit: tasks given to it, deadlines near or past, comments on its parts. */
@Controller("/api/notifications")
@Tag(name = "Thông báo")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Get
    @Operation(summary = "Thông báo", description = "The newest notices of the caller's home unit, newest first, each with read "
            + "(by this account) and the task it is about.")
    List<Notice> list(@Parameter(hidden = true) Actor actor) {
        return notifications.list(actor);
    }

    @Get("/unread")
    @Operation(summary = "Số thông báo chưa đọc")
    Unread unread(@Parameter(hidden = true) Actor actor) {
        return new Unread(notifications.unread(actor));
    }

    @Post("/read")
    @Operation(summary = "Đánh dấu đã đọc tất cả", description = "For this account only; 204.")
    HttpResponse<Void> markAllRead(@Parameter(hidden = true) Actor actor) {
        notifications.markAllRead(actor);
        return HttpResponse.noContent();
    }

    @Serdeable
    record Unread(long count) {
    }
}
