package vn.trienkhai.app.ui.indicator;

import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorModel.Achievement;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.RollUp;
import vn.trienkhai.core.indicator.IndicatorModel.SeriesPoint;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;

import java.util.List;

/**
 * A target as the overview shows it: assessed in the latest year up to this one that has figures (the survey of
 * last year is often the newest), else in this year, where no figure is "off track".
 *
 * @param series the yearly values from the baseline (or five years before the target) to the year assessed
 */
record TargetStanding(Indicator indicator, Target target, int year, Achievement achievement, RollUp rollUp, List<SeriesPoint> series) {

    private static final int YEARS_SHOWN_WITHOUT_BASELINE = 5;

    static TargetStanding of(Actor actor, Indicator indicator, Target target, int thisYear, FigureRollUp rollUps,
                             IndicatorTargets targets) {
        int first = target.baselineYear() != null ? target.baselineYear() : target.year() - YEARS_SHOWN_WITHOUT_BASELINE;
        int last = Math.max(first, Math.min(thisYear, Math.max(target.year(), first)));
        List<SeriesPoint> series = rollUps.series(actor, indicator.id(), target.unitId(), Period.year(first), Period.year(last));
        int year = series.reversed().stream().filter(point -> point.value() != null).map(point -> point.period().year())
                .findFirst().orElse(thisYear);
        Achievement achievement = targets.achievement(actor, target.id(), year);
        RollUp rollUp = rollUps.rollUp(actor, indicator.id(), target.unitId(), Period.year(year), false);
        return new TargetStanding(indicator, target, year, achievement, rollUp, series);
    }
}
