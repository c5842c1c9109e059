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
import vn.trienkhai.core.indicator.IndicatorModel.Achievement;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorRequests.TargetRequest;
import vn.trienkhai.core.indicator.IndicatorTargets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Targets of an indicator for scope units, with yearly milestones, and how far each is. */
@Controller("/api")
@Tag(name = "Chỉ tiêu")
class TargetController {

    private static final String FIELDS = "unitId, year, value, optional baselineYear with baselineValue, milestones [{year, "
            + "value}] (replacing the stored ones; one per year, none after the target's year). 422 with every invalid field, "
            + "403 without INDICATOR_MANAGE, 404 for a unit outside the caller's scope.";

    private final IndicatorTargets targets;
    private final Clock clock;

    TargetController(IndicatorTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    @Get("/indicators/{indicatorId}/targets")
    @Operation(summary = "Mục tiêu của chỉ tiêu", description = "The targets whose unit is in the caller's scope, by year.")
    List<Target> list(@Parameter(hidden = true) Actor actor, long indicatorId) {
        return targets.targets(actor, indicatorId);
    }

    @Post("/indicators/{indicatorId}/targets")
    @Operation(summary = "Đặt mục tiêu", description = FIELDS + " An indicator has one target per unit and year.")
    HttpResponse<Target> create(@Parameter(hidden = true) Actor actor, long indicatorId, @Body TargetRequest request) {
        return HttpResponse.created(targets.save(actor, null, forIndicator(indicatorId, request)));
    }

    @Put("/targets/{id}")
    @Operation(summary = "Sửa mục tiêu", description = FIELDS + " Takes the version read: 409 indicator.changed-by-someone-else.")
    Target update(@Parameter(hidden = true) Actor actor, long id, @Body TargetRequest request) {
        return targets.save(actor, id, request);
    }

    @Get("/targets/{id}/achievement")
    @Operation(summary = "Mức độ đạt mục tiêu", description = "In year (default: this year): the roll-up of the target's unit "
            + "against the target and the expected value (the year's milestone, else the straight line from the baseline); "
            + "status ACHIEVED, ON_TRACK, AT_RISK or OFF_TRACK (also when no unit reported).")
    Achievement achievement(@Parameter(hidden = true) Actor actor, long id, @QueryValue @Nullable Integer year) {
        return targets.achievement(actor, id, year == null ? LocalDate.now(clock).getYear() : year);
    }

    private static TargetRequest forIndicator(long indicatorId, TargetRequest request) {
        return new TargetRequest(indicatorId, request.unitId(), request.year(), request.value(), request.baselineYear(),
                request.baselineValue(), request.milestones(), null);
    }
}
