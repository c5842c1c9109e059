package vn.trienkhai.app.api.task;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.task.TaskAttachments;
import vn.trienkhai.core.task.TaskModel.EntryFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The files reported with progress: added to a progress entry, read by whoever sees the task. */
@Controller("/api/tasks")
@Tag(name = "Nhiệm vụ")
class TaskAttachmentController {

    private final TaskAttachments attachments;

    TaskAttachmentController(TaskAttachments attachments) {
        this.attachments = attachments;
    }

    @Post(uri = "/entries/{entryId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Đính kèm tệp vào báo cáo tiến độ", description = "Part file, to a progress entry (the entryId a progress "
            + "report answers, or an entry of GET /api/tasks/{id}'s history) by whoever may report on its part: PDF, Word, Excel, "
            + "PowerPoint, JPEG or PNG whose content matches its extension, at most 10 MB; otherwise 422 attachment.type.refused or "
            + "attachment.too-large and nothing is kept. 201 with the file; 404 for an entry outside the caller's scope or not a "
            + "progress report, 403 for a role that may not report.")
    HttpResponse<EntryFile> add(@Parameter(hidden = true) Actor actor, long entryId, CompletedFileUpload file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return HttpResponse.created(attachments.add(actor, entryId, file.getFilename(), content));
        }
    }

    @Get("/attachments/{attachmentId}")
    @Operation(summary = "Tải tệp của báo cáo tiến độ", description = "The bytes as stored, named by Content-Disposition "
            + "filename*=UTF-8''…; 404 when the caller does not see the task.")
    HttpResponse<StreamedFile> download(@Parameter(hidden = true) Actor actor, long attachmentId) {
        TaskAttachments.Download download = attachments.open(actor, attachmentId);
        String name = URLEncoder.encode(download.file().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(new StreamedFile(download.content(), MediaType.of(download.file().contentType())))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name);
    }
}
