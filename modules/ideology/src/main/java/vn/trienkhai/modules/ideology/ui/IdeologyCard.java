package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.modules.ideology.GrassrootsRadio;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.modules.ideology.IdeologyModule;
import vn.trienkhai.modules.ideology.OpinionReports;
import vn.trienkhai.workbench.Contribution;
import vn.trienkhai.workbench.DashboardContext;

import java.util.List;

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/** The dashboard's "Công tác tư tưởng": the open hot spots, each until it is closed, and the loudspeakers down. */
@Prototype
public class IdeologyCard implements Contribution<DashboardContext> {

    private static final int SHOWN = 3;

    private final OpinionReports reports;
    private final GrassrootsRadio radio;

    IdeologyCard(OpinionReports reports, GrassrootsRadio radio) {
        this.reports = reports;
        this.radio = radio;
    }

    @Override
    public Component render(DashboardContext context) {
        List<OpinionReport> hotSpots = reports.openHotSpots(context.actor());
        List<RadioPoint> down = radio.down(context.actor());
        long clusters = down.stream().filter(point -> point.kind() == RadioKind.CLUSTER).count();
        VerticalLayout card = new VerticalLayout();
        card.setId("ideology-card");
        card.setPadding(false);
        Span hot = new Span(t("ideology.card.hot-spots", hotSpots.size()));
        hot.setId("ideology-card-hot-spots");
        card.add(hot);
        for (OpinionReport report : hotSpots.subList(0, Math.min(SHOWN, hotSpots.size()))) {
            Div line = new Div(new Span(report.topic()), IdeologyLabels.meta(List.of(report.unitName(), IdeologyLabels.date(report.reportDate()),
                    t("ideology.opinion.owner", report.followUpOwner()))));
            line.addClassName("tk-home-line");
            card.add(line);
        }
        Span speakers = new Span(t("ideology.card.down", clusters, down.size() - clusters));
        speakers.setId("ideology-card-down");
        card.add(speakers, new Anchor(IdeologyModule.ID + "/hot-spots", t("ideology.card.open-hot-spots")),
                new Anchor(IdeologyModule.ID + "/radio", t("ideology.card.open-radio")));
        return card;
    }
}
