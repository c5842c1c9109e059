package vn.trienkhai.app.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.organisation.OrganisationService;

import java.util.List;

/** The organisations of this installation; their codes are what clients send in {@code X-Organisation}. */
@Controller("/api/organisations")
@Tag(name = "Tổ chức")
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Get
    @Operation(summary = "Danh sách tổ chức")
    List<OrganisationDto> list() {
        return organisations.list().stream()
                .map(organisation -> new OrganisationDto(organisation.id(), organisation.code(), organisation.name(), organisation.rootUnitId()))
                .toList();
    }

    @Serdeable
    record OrganisationDto(long id, String code, String name, Long rootUnitId) {
    }
}
