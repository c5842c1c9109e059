package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.SeriesPoint;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A target's progress over the years as inline SVG (no chart library: Vaadin Charts is commercial), written from
 * numbers and escaped labels only: the yearly
 * values as a line with points, the target as a horizontal line and the expected path as a dashed straight line from
 * the baseline. The picture has a text alternative listing every value, and a legend in words.
 */
class ProgressChart extends Div {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private final int firstYear;
    private final int lastYear;
    private final double top;

    ProgressChart(TargetStanding standing) {
        addClassNames("tk-ind-chart", "tk-ind-progress");
        setId("indicators-progress");
        Indicator indicator = standing.indicator();
        Target target = standing.target();
        List<SeriesPoint> points = standing.series();
        firstYear = points.getFirst().period().year();
        lastYear = Math.max(target.year(), points.getLast().period().year());
        top = top(indicator.valueType(), target, points);
        Span heading = new Span(IndicatorFormat.t("indicators.chart.progress"));
        heading.addClassName("tk-ind-chart-title");
        // the browser's own parser keeps SVG's camel-case attributes (viewBox); the Html component's would lower-case them
        Div picture = new Div();
        picture.addClassName("tk-ind-picture");
        picture.getElement().setProperty("innerHTML", svg(indicator, target, points));
        add(heading, picture, legend());
    }

    private String svg(Indicator indicator, Target target, List<SeriesPoint> points) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\" aria-label=\"" + escape(description(indicator, target, points)) + "\" class=\"tk-ind-svg\">");
        for (int step = 0; step <= 4; step++) {
            double value = top * step / 4;
            double y = y(value);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "tk-ind-grid"))
                    .append(text(LEFT - 6, y + 4, "end", IndicatorFormat.number(BigDecimal.valueOf(Math.round(value)))));
        }
        for (int year = firstYear; year <= lastYear; year++) {
            svg.append(text(x(year), HEIGHT - 8, "middle", String.valueOf(year)));
        }
        svg.append(line(x(firstYear), y(target.value()), x(lastYear), y(target.value()), "tk-ind-target-line"));
        if (target.baselineYear() != null && target.baselineValue() != null) {
            svg.append(line(x(target.baselineYear()), y(target.baselineValue()), x(target.year()), y(target.value()), "tk-ind-expected-line"));
        }
        List<String> coordinates = new ArrayList<>();
        for (SeriesPoint point : points) {
            if (point.value() != null) {
                coordinates.add(format(x(point.period().year())) + "," + format(y(point.value())));
            }
        }
        if (coordinates.size() > 1) {
            svg.append("<polyline class=\"tk-ind-series\" points=\"").append(String.join(" ", coordinates)).append("\"/>");
        }
        for (SeriesPoint point : points) {
            if (point.value() != null) {
                svg.append("<circle class=\"tk-ind-point\" r=\"4\" cx=\"").append(format(x(point.period().year()))).append("\" cy=\"")
                        .append(format(y(point.value()))).append("\"><title>").append(escape(point.period().label() + ": "
                                + IndicatorFormat.value(indicator, point.value()))).append("</title></circle>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The text alternative: every year's value, then the target. */
    private static String description(Indicator indicator, Target target, List<SeriesPoint> points) {
        List<String> parts = new ArrayList<>();
        for (SeriesPoint point : points) {
            parts.add(point.period().label() + ": " + IndicatorFormat.value(indicator, point.value()));
        }
        parts.add(IndicatorFormat.t("indicators.target.value", IndicatorFormat.value(indicator, target.value()), String.valueOf(target.year())));
        return IndicatorFormat.t("indicators.chart.progress") + ". " + String.join("; ", parts);
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("tk-ind-legend");
        for (String kind : List.of("series", "target", "expected")) {
            Span swatch = new Span();
            swatch.addClassNames("tk-ind-swatch", "tk-ind-swatch-" + kind);
            Span entry = new Span(swatch, new Span(IndicatorFormat.t("indicators.chart.legend." + kind)));
            entry.addClassName("tk-ind-legend-entry");
            legend.add(entry);
        }
        return legend;
    }

    /** The top of the scale: 100 for a percentage, else a little above the largest value. */
    private static double top(ValueType type, Target target, List<SeriesPoint> points) {
        if (type == ValueType.PERCENTAGE) {
            return 100;
        }
        double largest = target.value().doubleValue();
        for (SeriesPoint point : points) {
            if (point.value() != null) {
                largest = Math.max(largest, point.value().doubleValue());
            }
        }
        return largest <= 0 ? 1 : Math.ceil(largest * 1.1);
    }

    private double x(int year) {
        int span = Math.max(1, lastYear - firstYear);
        return LEFT + (WIDTH - LEFT - RIGHT) * (year - firstYear) / (double) span;
    }

    private double y(BigDecimal value) {
        return y(value.doubleValue());
    }

    private double y(double value) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - Math.min(value, top) / top);
    }

    private static String line(double x1, double y1, double x2, double y2, String css) {
        return "<line class=\"" + css + "\" x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\""
                + format(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text class=\"tk-ind-axis\" x=\"" + format(x) + "\" y=\"" + format(y) + "\" text-anchor=\"" + anchor + "\">"
                + escape(text) + "</text>";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
