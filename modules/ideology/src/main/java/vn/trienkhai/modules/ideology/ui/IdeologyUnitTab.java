package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.modules.ideology.GrassrootsRadio;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.modules.ideology.OpinionReports;
import vn.trienkhai.workbench.Contribution;
import vn.trienkhai.workbench.UnitPage;

import java.util.List;

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/** The unit page's "Công tác tư tưởng": the opinion reports about the unit and below it, and the radio of its communes. */
@Prototype
public class IdeologyUnitTab implements Contribution<UnitPage> {

    private final OpinionReports reports;
    private final GrassrootsRadio radio;

    IdeologyUnitTab(OpinionReports reports, GrassrootsRadio radio) {
        this.reports = reports;
        this.radio = radio;
    }

    @Override
    public Component render(UnitPage page) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("ideology-unit-tab");
        tab.setPadding(false);
        List<OpinionReport> about = reports.ofUnit(page.actor(), page.unit().id());
        tab.add(new H4(t("ideology.tab.reports", about.size())));
        about.forEach(report -> tab.add(IdeologyLabels.reportCard(report)));
        List<RadioPoint> points = radio.ofUnit(page.actor(), page.unit().id());
        tab.add(new H4(t("ideology.tab.radio", points.stream().filter(RadioPoint::isWorking).count(), points.size())));
        for (RadioPoint point : points) {
            Span line = new Span(point.communeName() + " – " + IdeologyLabels.pointName(point) + ": ");
            tab.add(new Div(line, IdeologyLabels.status(point.status())));
        }
        return tab;
    }
}
