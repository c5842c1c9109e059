package vn.trienkhai.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.unit.UnitKind;

import java.time.LocalDate;

import java.util.List;

/** The organisations the caller may work in; a system administrator sends one's code in {@code X-Organisation}. */
@Controller("/api/organisations")
@Tag(name = "Tổ chức")
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Get
    @Operation(summary = "Danh sách tổ chức")
    List<OrganisationDto> list(@Parameter(hidden = true) Actor actor) {
        return organisations.list(actor).stream()
                .map(organisation -> new OrganisationDto(organisation.id(), organisation.code(), organisation.name(), organisation.rootUnitId()))
                .toList();
    }

    @Post
    @Operation(summary = "Tạo tổ chức", description = "System administrators only; creates the root unit too.")
    HttpResponse<OrganisationDto> create(@Parameter(hidden = true) Actor actor, @Body NewOrganisation request) {
        Organisation created = organisations.create(actor, request.code(), request.name(), request.rootKind(), request.rootCode(),
                request.validFrom() == null ? LocalDate.now() : request.validFrom());
        return HttpResponse.created(new OrganisationDto(created.id(), created.code(), created.name(), created.rootUnitId()));
    }

    @Serdeable
    record OrganisationDto(long id, String code, String name, Long rootUnitId) {
    }

    @Serdeable
    record NewOrganisation(@Nullable String code, @Nullable String name, @Nullable UnitKind rootKind, @Nullable String rootCode,
                           @Nullable LocalDate validFrom) {
    }
}
