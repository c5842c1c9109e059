package vn.trienkhai.app.api.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.app.api.unit.PageDto;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentCascade;
import vn.trienkhai.core.document.DocumentModel.Cascade;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.DocumentDetails;
import vn.trienkhai.core.document.DocumentModel.Execution;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.document.DocumentEditor;
import vn.trienkhai.core.document.DocumentModules;
import vn.trienkhai.core.document.DocumentNumbering;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.document.DocumentRequests.NewTaskRequest;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.DocumentRequests.UpdateDocumentRequest;
import vn.trienkhai.core.document.DocumentTasks;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.DocumentNumber;

import java.util.List;
import java.util.function.Function;

/** The organisation's document registry, the tasks given by hand on a document, its cascade, and outgoing numbers. */
@Controller("/api/documents")
@Tag(name = "Văn bản")
class DocumentController {

    private final DocumentRegistry registry;
    private final DocumentCascade cascade;
    private final DocumentNumbering numbering;
    private final DocumentEditor editor;
    private final DocumentTasks tasks;
    private final DocumentModules modules;

    DocumentController(DocumentRegistry registry, DocumentCascade cascade, DocumentNumbering numbering, DocumentEditor editor,
                       DocumentTasks tasks, DocumentModules modules) {
        this.registry = registry;
        this.editor = editor;
        this.tasks = tasks;
        this.modules = modules;
        this.cascade = cascade;
        this.numbering = numbering;
    }

    @Get
    @Operation(summary = "Sổ văn bản", description = "The documents the caller sees (see docs/documents.md), newest first. Filters: kind (CT, NQ, KL, KH, HD, TB, CTR, QD, QDI, CV, DA, BC), "
            + "issuerCode (TU, HU…), year, status (ISSUED, RECEIVED, CITED), q (number or title, ignoring diacritics).")
    PageDto<Document> search(@Parameter(hidden = true) Actor actor, @QueryValue @Nullable DocumentKind kind,
                             @QueryValue @Nullable String issuerCode, @QueryValue @Nullable Integer year,
                             @QueryValue @Nullable Status status, @QueryValue @Nullable String q,
                             @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        return PageDto.of(registry.search(actor, new DocumentFilter(kind, issuerCode, year, status, q),
                Pageable.from(Math.max(page, 0), Math.clamp(size, 1, 200))), Function.identity());
    }

    @Get("/{id}")
    @Operation(summary = "Văn bản", description = "With its sections, recipients, tasks, targets, links both ways, and moduleIds: "
            + "the domains (module ids) it belongs to.")
    DocumentDetails get(@Parameter(hidden = true) Actor actor, long id) {
        return registry.get(actor, id);
    }

    @Post
    @Operation(summary = "Đăng ký văn bản", description = "number as written, e.g. \"Số 102 - KH/HU\"; an invalid one is refused "
            + "with the reason; the same document registered twice gets 409.")
    HttpResponse<Document> register(@Parameter(hidden = true) Actor actor, @Body RegisterDocumentRequest request) {
        return HttpResponse.created(registry.register(actor, request));
    }

    @Put("/{id}")
    @Operation(summary = "Sửa văn bản", description = "Corrects number, kind, date, place, title, issuer, signer and status; version is "
            + "the one read (409 when someone changed it meanwhile). Only the unit holding the document and those above it may.")
    Document update(@Parameter(hidden = true) Actor actor, long id, @Body UpdateDocumentRequest request) {
        return editor.update(actor, id, request);
    }

    @Delete("/{id}")
    @Operation(summary = "Xóa văn bản", description = "With its tasks, targets and attachments; 409 while another document refers "
            + "to it or when version is not the one read.")
    HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, long id, @QueryValue @Nullable Long version) {
        editor.delete(actor, id, version);
        return HttpResponse.noContent();
    }

    @Put("/{id}/modules")
    @Operation(summary = "Lĩnh vực của văn bản", description = "Replaces the domains the document belongs to with moduleIds (ids of "
            + "modules the organisation has enabled, e.g. [\"culture\"]; [] for none) and answers them as stored; the task lists "
            + "filter by them (moduleId). A module switched off since it was chosen may stay. 422 on moduleIds for an id that is "
            + "no enabled module or a missing list; 403 for a role that may not register documents or a unit that does not hold "
            + "the document; 404 for a document out of the caller's sight.")
    ModuleIds setModules(@Parameter(hidden = true) Actor actor, long id, @Body ModuleIds request) {
        return new ModuleIds(modules.set(actor, id, request.moduleIds()));
    }

    @Post("/{id}/tasks")
    @Operation(summary = "Thêm nhiệm vụ cho văn bản", description = "A task given by hand, followed up like an imported plan's: "
            + "text (required, at most 4000 characters), section (e.g. III.2, optional), leadUnitIds (required; units inside the "
            + "subtree of the unit holding the document; several fan out as a group's task), coordinatingUnitIds (any unit the "
            + "caller sees), deadlineType (NONE, DATE, MONTH, QUARTER, YEAR, RANGE) with deadline (a day in the month, quarter or "
            + "year meant: the last day is kept), recurrence (WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, ANNUAL) and recurrenceEnd. "
            + "201 with the task; 422 naming each refused field; 403 for a role that may not register documents or a unit "
            + "that does not hold the document; 404 for a document out of the caller's sight.")
    HttpResponse<Task> addTask(@Parameter(hidden = true) Actor actor, long id, @Body NewTaskRequest request) {
        return HttpResponse.created(tasks.add(actor, id, request));
    }

    @Get("/{id}/cascade")
    @Operation(summary = "Chuỗi thực hiện", description = "The documents it implements up to the central directive, and the tree "
            + "of plans implementing it.")
    Cascade cascade(@Parameter(hidden = true) Actor actor, long id) {
        return cascade.cascade(actor, id);
    }

    @Get("/{id}/execution")
    @Operation(summary = "Đơn vị đã/chưa ban hành kế hoạch", description = "The units asked to carry the document out, each "
            + "with the plan it registered or the days it is late.")
    List<Execution> execution(@Parameter(hidden = true) Actor actor, long id) {
        return cascade.execution(actor, id);
    }

    @Post("/numbers")
    @Operation(summary = "Cấp số văn bản đi", description = "The next number for an issuing unit (default: the caller's "
            + "home unit, else one below it), issuer code, kind and term (e.g. 2020-2025); never the same twice, restarting at 01 each term.")
    HttpResponse<IssuedNumber> nextNumber(@Parameter(hidden = true) Actor actor, @Body NumberRequest request) {
        DocumentNumber number = numbering.next(actor, request.issuingUnitId(), request.issuerCode(), request.kind(), request.term());
        return HttpResponse.created(new IssuedNumber(number.symbol(), number.number()));
    }

    @Serdeable
    record ModuleIds(@Nullable List<String> moduleIds) {
    }

    @Serdeable
    record NumberRequest(@Nullable Long issuingUnitId, @Nullable String issuerCode, @Nullable DocumentKind kind, @Nullable String term) {
    }

    @Serdeable
    record IssuedNumber(String symbol, int number) {
    }
}
