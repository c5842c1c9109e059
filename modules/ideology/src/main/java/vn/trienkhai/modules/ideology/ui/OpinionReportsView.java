package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Inject;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyAccess;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionStatus;
import vn.trienkhai.modules.ideology.OpinionReports;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/**
 * "Dư luận xã hội": the reports of the units in scope, the latest first; "chỉ điểm nóng" keeps the open hot spots,
 * the oldest first. Each open report can be corrected and closed with its follow-up by who may.
 */
@Prototype
public class OpinionReportsView extends VerticalLayout implements HasDynamicTitle {

    private final OpinionReports reports;
    private final UnitService units;
    private final IdeologyAccess access;
    private final Clock clock;
    private final Checkbox hotSpotsOnly = new Checkbox(t("ideology.opinion.hot-spots-only"));
    private final Div list = new Div();

    @Inject
    OpinionReportsView(OpinionReports reports, UnitService units, IdeologyAccess access, Clock clock) {
        this(reports, units, access, clock, false);
    }

    protected OpinionReportsView(OpinionReports reports, UnitService units, IdeologyAccess access, Clock clock, boolean hotSpots) {
        this.reports = reports;
        this.units = units;
        this.access = access;
        this.clock = clock;
        setId("ideology-opinion");
        Actor actor = WorkspaceSession.actor();
        Button record = new Button(t("ideology.opinion.new"), new Icon(VaadinIcon.PLUS), click -> OpinionForm.open(reports,
                units.tree(actor, false), null, LocalDate.now(clock), this::saved));
        record.setId("ideology-opinion-new");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(access.mayRecord(actor));
        hotSpotsOnly.setId("ideology-hot-spots-only");
        hotSpotsOnly.setValue(hotSpots);
        hotSpotsOnly.addValueChangeListener(change -> refresh());
        list.setId("ideology-opinion-list");
        list.setWidthFull();
        add(new PageHeader(t("ideology.nav.opinion"), t("ideology.opinion.subtitle"), record), hotSpotsOnly, list);
        refresh();
    }

    private void saved() {
        Toasts.success(t("ideology.saved"));
        refresh();
    }

    private void refresh() {
        Actor actor = WorkspaceSession.actor();
        List<OpinionReport> shown = hotSpotsOnly.getValue() ? reports.openHotSpots(actor) : reports.list(actor);
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new EmptyState("vaadin:comments", t(hotSpotsOnly.getValue() ? "ideology.hot-spots.empty" : "ideology.opinion.empty"),
                    t("ideology.opinion.empty.hint")));
            return;
        }
        for (OpinionReport report : shown) {
            Div card = IdeologyLabels.reportCard(report);
            card.addClassName("tk-home-line");
            if (report.status() == OpinionStatus.OPEN) {
                Div actions = new Div();
                actions.addClassName("tk-task-meta");
                if (access.mayRecord(actor)) {
                    actions.add(new Button(t("ideology.action.edit"), click -> OpinionForm.open(reports, units.tree(actor, false), report,
                            LocalDate.now(clock), this::saved)));
                }
                if (access.mayCloseHotSpots(actor)) {
                    Button close = new Button(t("ideology.action.close"), click -> OpinionForm.close(reports, report, LocalDate.now(clock),
                            this::saved));
                    close.setId("ideology-close-" + report.id());
                    actions.add(close);
                }
                card.add(actions);
            }
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return t("ideology.nav.opinion");
    }
}
