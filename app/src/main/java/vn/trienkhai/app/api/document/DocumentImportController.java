package vn.trienkhai.app.api.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.app.api.error.ApiError;
import vn.trienkhai.app.api.error.DomainExceptionHandler;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Reading a plan into a draft that the user checks before anything is saved. */
@Controller("/api/documents/import")
@Tag(name = "Văn bản")
class DocumentImportController {

    private final DocumentImport documentImport;
    private final ImportDraftMapper mapper;

    DocumentImportController(DocumentImport documentImport, ImportDraftMapper mapper) {
        this.documentImport = documentImport;
        this.mapper = mapper;
    }

    // One operation in the API description: its processor merges the two methods, the text method's annotations
    // describing both (Micronaut routes by content type, the description has one operation per path and method)
    @Post(uri = "/preview", consumes = MediaType.TEXT_PLAIN)
    @Operation(summary = "Đọc thử kế hoạch", description = "Reads the number, date, title, cited documents, headings, "
            + "targets, tasks, recipients and signer of a plan, from its text or from a file; saves nothing. "
            + "422 import.text.empty or import.text.too-long (field text or file); for a file also "
            + "import.file.type, import.file.too-large (over 10 MB) or import.file.unreadable (field file).")
    @RequestBody(description = "text/plain: the text of the plan, UTF-8. multipart/form-data: a .docx or UTF-8 .txt "
            + "file in the part named file.", required = true,
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string")))
    ImportDraftDto preview(@Parameter(hidden = true) Actor actor, @Body @Nullable byte[] text) {
        // bytes, not a String: the framework would decode any bytes, replacing what is not UTF-8 without a word
        return mapper.toDto(documentImport.previewUtf8(actor, text == null ? new byte[0] : text));
    }

    @Post(uri = "/preview", consumes = MediaType.MULTIPART_FORM_DATA)
    ImportDraftDto preview(@Parameter(hidden = true) Actor actor, CompletedFileUpload file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return mapper.toDto(documentImport.previewFile(actor, file.getFilename(),
                    file.getContentType().map(MediaType::getName).orElse(null), content));
        }
    }

    @Post
    @Operation(summary = "Lưu kế hoạch đã đọc", description = "Saves a (possibly corrected) draft with its links, tasks and "
            + "targets in one transaction: any refusal saves nothing. units maps a unit name as written in the draft to a "
            + "unit id; other names are matched to the tree automatically. 409 document.duplicate when already registered.")
    HttpResponse<Document> save(@Parameter(hidden = true) Actor actor, @Body SaveImport request) {
        return HttpResponse.created(documentImport.save(actor, new SaveImportRequest(
                request.draft() == null ? null : mapper.toDraft(request.draft()), request.text(), request.issuingUnitId(), request.units())));
    }

    /** The body of a save: the draft as the preview returned it, corrected, with what the preview cannot know. */
    @Serdeable
    record SaveImport(@Nullable ImportDraftDto draft, @Nullable String text, @Nullable Long issuingUnitId,
                      @Nullable Map<String, Long> units) {
    }

    /**
     * The server stops reading a body over {@code micronaut.server.max-request-size} or a file part over
     * {@code multipart.max-file-size} (application.yml: the service's file limit) before this controller sees it;
     * the client gets the service's refusal as the body of the 413, rather than a bare status or a cut connection.
     */
    @Error(exception = ContentLengthExceededException.class)
    HttpResponse<ApiError> tooLarge(HttpRequest<?> request) {
        boolean upload = request.getContentType().filter(MediaType.MULTIPART_FORM_DATA_TYPE::matches).isPresent();
        // 413, not 422: the body was refused for its size before anything read it
        ApiError refusal = DomainExceptionHandler.response(upload ? documentImport.fileTooLarge() : documentImport.textTooLong()).body();
        return HttpResponse.<ApiError>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(refusal);
    }
}
