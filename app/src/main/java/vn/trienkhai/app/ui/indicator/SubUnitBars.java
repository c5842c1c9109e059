package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.SubUnitRollUp;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.workbench.kit.EmptyState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The value of each sub-unit in the year assessed, as horizontal bars of plain divs with the figure written beside
 * each; a sub-unit that has not reported says so instead of showing an empty bar that would read as zero. Sub-units
 * without any unit of a kind the indicator applies to are left out.
 */
class SubUnitBars extends Div {

    SubUnitBars(TargetStanding standing, List<SubUnitRollUp> all) {
        addClassNames("tk-ind-chart", "tk-ind-sub-units");
        setId("indicators-sub-units");
        Indicator indicator = standing.indicator();
        List<SubUnitRollUp> children = applicable(all);
        Span heading = new Span(IndicatorFormat.t("indicators.chart.sub-units", String.valueOf(standing.year())));
        heading.addClassName("tk-ind-chart-title");
        add(heading);
        if (children.isEmpty()) {
            add(new EmptyState("vaadin:sitemap", IndicatorFormat.t("indicators.chart.sub-units.none"), null));
            return;
        }
        double top = top(indicator.valueType(), children);
        String targetShare = share(standing.target().value(), top);
        // a sub-unit's share compares with the whole's target only for a percentage: its count is a part of the total
        boolean ratio = indicator.valueType() == ValueType.PERCENTAGE;
        for (SubUnitRollUp child : children) {
            BigDecimal value = child.rollUp().value();
            Span name = new Span(child.name());
            name.addClassName("tk-ind-bar-name");
            Div fill = new Div();
            fill.addClassName("tk-ind-bar-fill");
            fill.getStyle().set("width", value == null ? "0" : share(value, top));
            Div track = new Div(fill);
            if (ratio) {
                Div marker = new Div();
                marker.addClassName("tk-ind-bar-target");
                marker.getStyle().set("left", targetShare);
                track.add(marker);
            }
            track.addClassName("tk-ind-bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            String text = value == null ? IndicatorFormat.t("indicators.not-reported") : IndicatorFormat.value(indicator, value);
            Span figure = new Span(text);
            figure.addClassName("tk-ind-bar-value");
            Div bar = new Div(name, track, figure);
            bar.addClassName("tk-ind-bar");
            if (value == null) {
                bar.addClassName("tk-ind-bar-missing");
            }
            bar.getElement().setAttribute("title", child.name() + ": " + text);
            add(bar);
        }
        if (!ratio) {
            return;
        }
        Span note = new Span(IndicatorFormat.t("indicators.chart.sub-units.marker",
                IndicatorFormat.value(indicator, standing.target().value())));
        note.addClassName("tk-ind-chart-note");
        add(note);
    }

    /** The children with a unit the indicator applies to: a district's departments have no households to count. */
    static List<SubUnitRollUp> applicable(List<SubUnitRollUp> children) {
        return children.stream().filter(child -> child.rollUp().reported() + child.rollUp().missing() > 0).toList();
    }

    private static double top(ValueType type, List<SubUnitRollUp> children) {
        if (type == ValueType.PERCENTAGE || type == ValueType.YES_NO) {
            return type == ValueType.YES_NO ? 1 : 100;
        }
        return Math.max(1, children.stream().map(child -> child.rollUp().value()).filter(value -> value != null)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1) * 1.1);
    }

    private static String share(BigDecimal value, double top) {
        return String.format(Locale.ROOT, "%.1f%%", Math.min(100, 100 * value.doubleValue() / top));
    }
}
