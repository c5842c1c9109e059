package vn.trienkhai.modules.culture.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.AchievementStatus;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.modules.culture.CultureModule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The module's indicators for a unit and a year against the unit's targets: what the dashboard card and the report
 * section show. Read through the core's indicator services with the actor, so that scope and roles apply.
 */
@Singleton
public class CultureProgress {

    private final IndicatorCatalogue catalogue;
    private final IndicatorTargets targets;
    private final FigureRollUp rollUp;

    CultureProgress(IndicatorCatalogue catalogue, IndicatorTargets targets, FigureRollUp rollUp) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.rollUp = rollUp;
    }

    /** One indicator: its value for the unit's subtree in the year, and the unit's target (the nearest after the year), if any. */
    public record Line(String code, String name, @Nullable BigDecimal value, @Nullable BigDecimal target, @Nullable Integer targetYear,
                       @Nullable AchievementStatus status) {
    }

    @ReadOnly
    public List<Line> lines(Actor actor, long unitId, int year) {
        List<Line> lines = new ArrayList<>();
        for (Indicator indicator : indicators(actor)) {
            BigDecimal value = rollUp.rollUp(actor, indicator.id(), unitId, Period.year(year), false).value();
            Optional<Target> target = targets.targets(actor, indicator.id()).stream()
                    .filter(candidate -> candidate.unitId() == unitId && candidate.year() >= year)
                    .min(Comparator.comparingInt(Target::year));
            lines.add(new Line(indicator.code(), indicator.name(), value, target.map(Target::value).orElse(null),
                    target.map(Target::year).orElse(null),
                    target.map(found -> targets.achievement(actor, found.id(), year).status()).orElse(null)));
        }
        return lines;
    }

    /** The latest year up to {@code until} for which the unit has any of the module's figures, if one. */
    @ReadOnly
    public Optional<Integer> latestYear(Actor actor, long unitId, int until, int since) {
        List<Indicator> indicators = indicators(actor);
        for (int year = until; year >= since; year--) {
            int asked = year;
            if (indicators.stream().anyMatch(indicator -> rollUp.rollUp(actor, indicator.id(), unitId, Period.year(asked), false).value() != null)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    private List<Indicator> indicators(Actor actor) {
        List<String> order = CultureIndicators.CODES;
        return catalogue.list(actor).stream().filter(indicator -> CultureModule.ID.equals(indicator.moduleId()) && indicator.active())
                .sorted(Comparator.comparingInt(indicator -> order.indexOf(indicator.code()))).toList();
    }
}
