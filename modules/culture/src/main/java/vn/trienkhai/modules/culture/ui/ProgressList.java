package vn.trienkhai.modules.culture.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.modules.culture.indicator.CultureProgress.Line;
import vn.trienkhai.modules.culture.indicator.Percent;

import java.util.List;

/** The culture indicators of a unit against its targets, one line each: name, value, target, status. */
final class ProgressList extends Div {

    ProgressList(List<Line> lines) {
        addClassName("culture-progress");
        for (Line line : lines) {
            Div row = new Div();
            row.addClassName("culture-progress-line");
            Span name = new Span(line.name());
            name.addClassName("culture-progress-name");
            String target = line.target() == null ? "" : " / " + Percent.of(line.target()) + " (" + line.targetYear() + ")";
            Span value = new Span(Percent.of(line.value()) + target);
            value.addClassName("culture-progress-value");
            row.add(name, value);
            if (line.status() != null) {
                Span status = new Span(getTranslation("indicator.achievement." + line.status().name()));
                status.addClassName("culture-status-" + line.status().name().toLowerCase(java.util.Locale.ROOT));
                row.add(status);
            }
            add(row);
        }
    }
}
