package vn.trienkhai.app.api.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.FigureLocks;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;

import java.util.List;

/** A unit's figures of a period, as a data entry form reads them, and the batch that saves a form all or nothing. */
@Controller("/api/figures")
@Tag(name = "Chỉ tiêu")
class FigureController {

    private final FigureEntry entry;
    private final FigureLocks locks;
    private final PeriodParameters periods;
    private final Messages messages;

    FigureController(FigureEntry entry, FigureLocks locks, PeriodParameters periods, Messages messages) {
        this.messages = messages;
        this.entry = entry;
        this.locks = locks;
        this.periods = periods;
    }

    /**
     * The figures of a unit and period, and whether they are locked.
     *
     * @param locked a report's approval closed the unit's figures of this period: a save is refused
     */
    @Serdeable
    record UnitFigures(long unitId, Period period, String periodLabel, boolean locked, List<Figure> figures) {
    }

    @Get
    @Operation(summary = "Số liệu của đơn vị trong kỳ", description = "Every figure of unitId for the period (kind, year, index: "
            + "the month 1–12, the quarter 1–4, the half 1–2, none for a year), with each figure's version to send back when "
            + "changing it. locked: the period is closed for the unit. 404 for a unit outside the caller's scope.")
    UnitFigures list(@Parameter(hidden = true) Actor actor, @QueryValue long unitId, @QueryValue @Nullable PeriodKind kind,
                     @QueryValue @Nullable Integer year, @QueryValue @Nullable Integer index) {
        Period period = periods.period("", kind, year, index);
        List<Figure> figures = entry.figures(actor, unitId, period);
        return new UnitFigures(unitId, period, period.label(), locks.isLocked(unitId, period), figures);
    }

    @Post
    @Operation(summary = "Lưu số liệu", description = "figures: [{row, indicatorId, unitId, period {kind, year, index}, value | "
            + "numerator and denominator for a ratio, version (of the figure read; none for a new one)}], source MANUAL "
            + "(default) or IMPORTED. All or nothing: every row is checked first and each error is named figures[<row>].<field> "
            + "(422); a locked unit and period is an error on figures[<row>].period; a figure changed or created since it was "
            + "read answers 409 figure.changed-by-someone-else. 403 without FIGURE_ENTER.")
    List<Figure> save(@Parameter(hidden = true) Actor actor, @Body FigureBatch batch) {
        if (batch.source() == Source.MODULE) {
            throw InvalidRequestException.field("source", "indicator.api.figure.source", messages.get("indicator.api.figure.source"));
        }
        return entry.save(actor, batch);
    }
}
