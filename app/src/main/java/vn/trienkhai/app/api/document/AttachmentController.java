package vn.trienkhai.app.api.document;

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
import vn.trienkhai.core.document.DocumentAttachments;
import vn.trienkhai.core.document.DocumentAttachments.Attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Files attached to a document. */
@Controller("/api/documents")
@Tag(name = "Văn bản")
class AttachmentController {

    private final DocumentAttachments attachments;

    AttachmentController(DocumentAttachments attachments) {
        this.attachments = attachments;
    }

    @Get("/{id}/attachments")
    @Operation(summary = "Tệp đính kèm của văn bản")
    List<Attachment> list(@Parameter(hidden = true) Actor actor, long id) {
        return attachments.list(actor, id);
    }

    @Post(uri = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Đính kèm tệp", description = "Part file: PDF, Word, Excel, PowerPoint, JPEG or PNG whose content "
            + "matches its extension, at most 10 MB; otherwise 422 attachment.type.refused or attachment.too-large.")
    HttpResponse<Attachment> add(@Parameter(hidden = true) Actor actor, long id, CompletedFileUpload file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return HttpResponse.created(attachments.add(actor, id, file.getFilename(), content));
        }
    }

    @Get("/attachments/{attachmentId}")
    @Operation(summary = "Tải tệp đính kèm")
    HttpResponse<StreamedFile> download(@Parameter(hidden = true) Actor actor, long attachmentId) {
        DocumentAttachments.Download download = attachments.open(actor, attachmentId);
        String name = URLEncoder.encode(download.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(new StreamedFile(download.content(), MediaType.of(download.attachment().contentType())))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name);
    }
}
