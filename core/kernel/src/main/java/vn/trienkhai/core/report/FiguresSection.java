package vn.trienkhai.core.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.RollUp;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.report.ReportSection.Table;
import vn.trienkhai.core.sql.Sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The core's first section: the unit's targets and where they stand. One row per active indicator with a target for
 * the unit: its value for the period rolled up from the subtree (a ratio of sums; units that have not reported are
 * counted, never taken as zero), the target and its year, and how far it is in the period's year (DD004).
 */
@Singleton
class FiguresSection implements ReportSectionSource {

    private final IndicatorCatalogue catalogue;
    private final IndicatorTargets targets;
    private final FigureRollUp rollUp;
    private final Sql sql;
    private final Messages messages;

    FiguresSection(IndicatorCatalogue catalogue, IndicatorTargets targets, FigureRollUp rollUp, Sql sql, Messages messages) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.rollUp = rollUp;
        this.sql = sql;
        this.messages = messages;
    }

    @Override
    public String moduleId() {
        return null;
    }

    @Override
    public int order() {
        return ConsolidatedReport.FIGURES_ORDER;
    }

    @Override
    @ReadOnly
    public List<ReportSection> sections(Actor actor, long unitId, Period period) {
        Map<Long, List<UnitTarget>> byIndicator = targets(unitId);
        List<List<String>> rows = new ArrayList<>();
        boolean missing = false;
        for (Indicator indicator : catalogue.list(actor)) {
            Optional<UnitTarget> target = indicator.active() ? nearest(byIndicator.getOrDefault(indicator.id(), List.of()), period.year())
                    : Optional.empty();
            if (target.isEmpty()) {
                continue;
            }
            RollUp value = rollUp.rollUp(actor, indicator.id(), unitId, period, false);
            missing |= value.missing() > 0;
            rows.add(List.of(String.valueOf(rows.size() + 1), indicator.name(), value(indicator, value),
                    messages.get("report.figures.target", FigureText.of(indicator.valueType(), target.get().value()),
                            String.valueOf(target.get().year())),
                    status(actor, target.get(), value, period)));
        }
        String heading = messages.get("report.figures.heading");
        if (rows.isEmpty()) {
            return List.of(ReportSection.of(heading, new Paragraph(messages.get("report.figures.none"))));
        }
        List<String> header = List.of(messages.get("report.figures.number"), messages.get("report.figures.indicator"),
                messages.get("report.figures.value", ReportFrame.lowerFirst(period.label())), messages.get("report.figures.goal"),
                messages.get("report.figures.status"));
        return List.of(ReportSection.of(heading, new Paragraph(messages.get("report.figures.intro", rows.size())),
                new Table(header, rows, missing ? messages.get("report.figures.missing-note") : null)));
    }

    /** A target of the unit, as much of it as the table shows. */
    private record UnitTarget(long id, long indicatorId, int year, BigDecimal value) {
    }

    /**
     * The unit's targets by indicator, in one query: the unit is already known to be in scope, and
     * {@link IndicatorTargets#targets} would read every unit's targets of each indicator to drop the others.
     */
    private Map<Long, List<UnitTarget>> targets(long unitId) {
        return sql.list("SELECT id, indicator_id, target_year, target_value FROM indicator_target WHERE unit_id = ?", List.of(unitId),
                        row -> new UnitTarget(row.getLong(1), row.getLong(2), row.getInt(3), row.getBigDecimal(4)))
                .stream().collect(Collectors.groupingBy(UnitTarget::indicatorId));
    }

    /** The target for the nearest year from the period's on, else the latest one. */
    private static Optional<UnitTarget> nearest(List<UnitTarget> targets, int year) {
        return targets.stream().filter(target -> target.year() >= year).min(Comparator.comparingInt(UnitTarget::year))
                .or(() -> targets.stream().max(Comparator.comparingInt(UnitTarget::year)));
    }

    private String value(Indicator indicator, RollUp value) {
        if (value.value() == null) {
            return messages.get("report.figures.no-value");
        }
        String text = FigureText.of(indicator.valueType(), value.value());
        return value.missing() == 0 ? text : messages.get("report.figures.with-missing", text, value.missing());
    }

    /** The status of the period's year; without a figure for the period there is nothing to judge yet. */
    private String status(Actor actor, UnitTarget target, RollUp value, Period period) {
        if (value.value() == null) {
            return messages.get("report.figures.no-status");
        }
        return messages.get("indicator.achievement." + targets.achievement(actor, target.id(), period.year()).status().name());
    }
}
