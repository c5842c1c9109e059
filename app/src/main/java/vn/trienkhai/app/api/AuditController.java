package vn.trienkhai.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.app.api.unit.PageDto;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.audit.AuditEntry;
import vn.trienkhai.core.audit.AuditLog;

import java.time.LocalDate;
import java.util.function.Function;

/** The audit log, read-only: there is no endpoint that changes it. */
@Controller("/api/audit")
@Tag(name = "Nhật ký")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Get
    @Operation(summary = "Nhật ký thay đổi", description = "Newest first; every filter is optional.")
    PageDto<AuditEntry> search(@Parameter(hidden = true) Actor actor, @QueryValue @Nullable String login,
                               @QueryValue @Nullable String entityType, @QueryValue @Nullable LocalDate from,
                               @QueryValue @Nullable LocalDate to, @QueryValue(defaultValue = "0") int page,
                               @QueryValue(defaultValue = "50") int size) {
        return PageDto.of(log.search(actor, login, entityType, from, to, Pageable.from(Math.max(page, 0), Math.clamp(size, 1, 200))),
                Function.identity());
    }
}
