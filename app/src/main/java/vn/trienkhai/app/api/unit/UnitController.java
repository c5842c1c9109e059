package vn.trienkhai.app.api.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.MergeUnitsRequest;
import vn.trienkhai.core.unit.UnitRequests.MoveUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.SplitUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.UpdateUnitRequest;
import vn.trienkhai.core.unit.UnitRestructuring;
import vn.trienkhai.core.unit.UnitRevision;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.core.unit.UnitSuccession;

import java.time.LocalDate;
import java.util.List;

/** The organisation's unit tree; every call acts in the organisation named by {@code X-Organisation}. */
@Controller("/api/units")
@Tag(name = "Đơn vị")
class UnitController {

    private static final int MAX_PAGE = 200;

    private final UnitService units;
    private final UnitRestructuring restructuring;
    private final UnitMapper mapper;

    UnitController(UnitService units, UnitRestructuring restructuring, UnitMapper mapper) {
        this.units = units;
        this.restructuring = restructuring;
        this.mapper = mapper;
    }

    @Get
    @Operation(summary = "Cây đơn vị", description = "Parents before children. With asOf, the tree as it was on that date; "
            + "with includeEnded, also the units that merged, split or ended.")
    List<UnitDto> tree(@Parameter(hidden = true) Actor actor, @QueryValue @Nullable LocalDate asOf,
                       @QueryValue(defaultValue = "false") boolean includeEnded) {
        return mapper.toDtos(asOf != null ? units.treeAsOf(actor, asOf) : units.tree(actor, includeEnded));
    }

    @Get("/search")
    @Operation(summary = "Tìm đơn vị", description = "By name or code, ignoring case and diacritics; Vietnamese order.")
    PageDto<UnitDto> search(@Parameter(hidden = true) Actor actor, @QueryValue(defaultValue = "") String q,
                            @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE));
        return PageDto.of(units.search(actor, q, pageable), mapper::toDtos);
    }

    @Get("/{id}")
    UnitDto get(@Parameter(hidden = true) Actor actor, long id) {
        return mapper.toDto(units.get(actor, id));
    }

    @Get("/{id}/subtree")
    @Operation(summary = "Đơn vị và các đơn vị trực thuộc")
    List<UnitDto> subtree(@Parameter(hidden = true) Actor actor, long id) {
        return mapper.toDtos(units.subtree(actor, id));
    }

    @Get("/{id}/ancestors")
    @Operation(summary = "Các đơn vị cấp trên", description = "The organisation's root first.")
    List<UnitDto> ancestors(@Parameter(hidden = true) Actor actor, long id) {
        return mapper.toDtos(units.ancestors(actor, id));
    }

    @Get("/{id}/history")
    @Operation(summary = "Lịch sử tên, mã và vị trí")
    List<UnitRevision> history(@Parameter(hidden = true) Actor actor, long id) {
        return units.history(actor, id);
    }

    @Get("/{id}/successions")
    @Operation(summary = "Sáp nhập, chia tách liên quan")
    List<UnitSuccession> successions(@Parameter(hidden = true) Actor actor, long id) {
        return units.successions(actor, id);
    }

    @Post
    @Operation(summary = "Thêm đơn vị")
    HttpResponse<UnitDto> create(@Parameter(hidden = true) Actor actor, @Body CreateUnitRequest request) {
        return HttpResponse.created(mapper.toDto(units.create(actor, request)));
    }

    @Put("/{id}")
    @Operation(summary = "Sửa hoặc đổi tên đơn vị", description = "A new name or code dated after the current revision "
            + "began is a renaming kept in history; 409 when version is stale.")
    UnitDto update(@Parameter(hidden = true) Actor actor, long id, @Body UpdateUnitRequest request) {
        return mapper.toDto(units.update(actor, id, request));
    }

    @Post("/{id}/move")
    @Operation(summary = "Chuyển đơn vị sang đơn vị cấp trên khác")
    UnitDto move(@Parameter(hidden = true) Actor actor, long id, @Body MoveUnitRequest request) {
        return mapper.toDto(restructuring.move(actor, id, request));
    }

    @Post("/merge")
    @Operation(summary = "Sáp nhập đơn vị", description = "Ends the units and creates their successor.")
    HttpResponse<UnitDto> merge(@Parameter(hidden = true) Actor actor, @Body MergeUnitsRequest request) {
        return HttpResponse.created(mapper.toDto(restructuring.merge(actor, request)));
    }

    @Post("/{id}/split")
    @Operation(summary = "Chia tách đơn vị", description = "Ends the unit and creates its successors.")
    HttpResponse<List<UnitDto>> split(@Parameter(hidden = true) Actor actor, long id, @Body SplitUnitRequest request) {
        return HttpResponse.created(mapper.toDtos(restructuring.split(actor, id, request)));
    }
}
