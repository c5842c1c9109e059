package vn.trienkhai.app.api.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.task.FollowUpDashboard;
import vn.trienkhai.core.task.FollowUpModel.FollowUp;
import vn.trienkhai.core.task.FollowUpModel.Period;
import vn.trienkhai.core.task.FollowUpModel.PeriodKind;

/** The leaders' follow-up of a unit's subtree, the same figures as the "Theo dõi, đôn đốc" screen. */
@Controller("/api/follow-up")
@Tag(name = "Nhiệm vụ")
class FollowUpController {

    private final FollowUpDashboard dashboard;

    FollowUpController(FollowUpDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Get
    @Operation(summary = "Theo dõi, đôn đốc", description = "unitId (default: the caller's scope unit), period CURRENT (default: "
            + "every part as things stand today), YEAR, HALF_YEAR or QUARTER with year and index (the half-year 1–2 or the quarter "
            + "1–4): the parts whose deadline falls in it. Answers the four states (onTime, late, withinDeadline with dueSoon, "
            + "overdue) in total, per unit (the unit's own parts first, then each child's subtree), per document, the units with "
            + "the most overdue parts, and the nearest overdue and due-soon parts. 422 on period.year or period.index out of range, "
            + "404 for a unit outside the caller's scope.")
    FollowUp get(@Parameter(hidden = true) Actor actor, @QueryValue @Nullable Long unitId, @QueryValue @Nullable PeriodKind period,
                 @QueryValue(defaultValue = "0") int year, @QueryValue(defaultValue = "0") int index) {
        PeriodKind kind = period == null ? PeriodKind.CURRENT : period;
        return dashboard.get(actor, unitId, kind == PeriodKind.CURRENT ? Period.current()
                : new Period(kind, year, kind == PeriodKind.YEAR ? 1 : index));
    }
}
