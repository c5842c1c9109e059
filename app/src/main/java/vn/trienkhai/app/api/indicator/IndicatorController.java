package vn.trienkhai.app.api.indicator;

import io.micronaut.core.annotation.Nullable;
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
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.RollUp;
import vn.trienkhai.core.indicator.IndicatorModel.SeriesPoint;
import vn.trienkhai.core.indicator.IndicatorModel.SubUnitRollUp;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.PeriodKind;

import java.util.List;

/** The organisation's indicators (DD004) and their values rolled up over the unit tree, computed live. */
@Controller("/api/indicators")
@Tag(name = "Chỉ tiêu")
class IndicatorController {

    private static final String PERIOD = " The period is kind (MONTH, QUARTER, HALF_YEAR, YEAR), year and index (the month 1–12, "
            + "the quarter 1–4, the half 1–2; none for a year): 422 on kind, year or index when missing or out of range.";
    private static final String SCOPE = " 404 for a unit outside the caller's scope.";

    private final IndicatorCatalogue catalogue;
    private final FigureRollUp rollUp;
    private final PeriodParameters periods;

    IndicatorController(IndicatorCatalogue catalogue, FigureRollUp rollUp, PeriodParameters periods) {
        this.catalogue = catalogue;
        this.rollUp = rollUp;
        this.periods = periods;
    }

    @Get
    @Operation(summary = "Danh mục chỉ tiêu", description = "Every indicator of the caller's organisation, by code.")
    List<Indicator> list(@Parameter(hidden = true) Actor actor) {
        return catalogue.list(actor);
    }

    @Get("/{id}")
    @Operation(summary = "Chỉ tiêu")
    Indicator get(@Parameter(hidden = true) Actor actor, long id) {
        return catalogue.get(actor, id);
    }

    @Post
    @Operation(summary = "Định nghĩa chỉ tiêu", description = "code (unique, letters, digits, . _ -), name, valueType (PERCENTAGE, "
            + "COUNT, MONEY, YES_NO), aggregation (SUM, RATIO_OF_SUMS, LATEST, MIN, MAX; a ratio is a PERCENTAGE with "
            + "RATIO_OF_SUMS and names numeratorLabel and denominatorLabel; SUM is refused for percentages and yes/no), "
            + "periodKinds, unitKinds, source (MANUAL, IMPORTED, MODULE with moduleId), active. 422 with every invalid field; "
            + "403 without INDICATOR_MANAGE (officers, administrators).")
    HttpResponse<Indicator> define(@Parameter(hidden = true) Actor actor, @Body IndicatorRequest request) {
        return HttpResponse.created(catalogue.define(actor, request));
    }

    @Put("/{id}")
    @Operation(summary = "Sửa chỉ tiêu", description = "As defining, with the version read: 409 indicator.changed-by-someone-else "
            + "when someone changed it meanwhile. The value type and the aggregation are fixed once figures exist (422).")
    Indicator update(@Parameter(hidden = true) Actor actor, long id, @Body IndicatorRequest request) {
        return catalogue.update(actor, id, request);
    }

    @Get("/{id}/roll-up")
    @Operation(summary = "Giá trị tổng hợp", description = "The indicator's value for unitId's subtree in the tree as of the "
            + "period's last day: a ratio is Σ numerators / Σ denominators, never an average. reported and missing count the "
            + "units of an applicable kind with and without a figure (missing is never zero; value null when none reported); "
            + "missingUnits lists the latter." + PERIOD + SCOPE)
    RollUp rollUp(@Parameter(hidden = true) Actor actor, long id, @QueryValue long unitId, @QueryValue @Nullable PeriodKind kind,
                  @QueryValue @Nullable Integer year, @QueryValue @Nullable Integer index) {
        return rollUp.rollUp(actor, id, unitId, periods.period("", kind, year, index), true);
    }

    @Get("/{id}/roll-up/sub-units")
    @Operation(summary = "Giá trị theo đơn vị trực thuộc", description = "The roll-up of each child of unitId as the tree stood "
            + "on the period's last day." + PERIOD + SCOPE)
    List<SubUnitRollUp> bySubUnit(@Parameter(hidden = true) Actor actor, long id, @QueryValue long unitId,
                                  @QueryValue @Nullable PeriodKind kind, @QueryValue @Nullable Integer year,
                                  @QueryValue @Nullable Integer index) {
        return rollUp.bySubUnit(actor, id, unitId, periods.period("", kind, year, index));
    }

    @Get("/{id}/series")
    @Operation(summary = "Chuỗi giá trị theo kỳ", description = "One point per period of kind from fromYear/fromIndex to "
            + "toYear/toIndex (fields from.year, to.index… in the 422), each in the tree of its own last day: for a chart."
            + " The end must not come before the start (422 on to.year)." + SCOPE)
    List<SeriesPoint> series(@Parameter(hidden = true) Actor actor, long id, @QueryValue long unitId,
                             @QueryValue @Nullable PeriodKind kind, @QueryValue @Nullable Integer fromYear,
                             @QueryValue @Nullable Integer fromIndex, @QueryValue @Nullable Integer toYear,
                             @QueryValue @Nullable Integer toIndex) {
        var from = periods.period("from.", kind, fromYear, fromIndex);
        var to = periods.period("to.", kind, toYear, toIndex);
        periods.ordered(from, to);
        return rollUp.series(actor, id, unitId, from, to);
    }
}
