package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.report.ConsolidatedReportLink;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.task.FollowUpDashboard;
import vn.trienkhai.core.task.FollowUpModel.FollowUp;
import vn.trienkhai.core.task.FollowUpModel.StateCounts;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/**
 * The leaders' follow-up ("Theo dõi, đôn đốc"): for a unit of their scope and a period, the four states per
 * unit below it, the completion of each document, the units with the most overdue parts, and what is overdue
 * or due in the next two weeks.
 */
@Route(value = "tasks/follow-up", layout = MainLayout.class)
@Prototype
public class FollowUpView extends VerticalLayout implements HasDynamicTitle {

    private final FollowUpDashboard dashboard;
    private final Clock clock;
    private final Actor actor = WorkspaceSession.actor();
    private final UnitPicker unit;
    private final FollowUpPeriodPicker period;
    private final Div content = new Div();

    FollowUpView(FollowUpDashboard dashboard, UnitService units, Clock clock, ConsolidatedReportLink report) {
        this.dashboard = dashboard;
        this.clock = clock;
        setId("follow-up");
        addClassName("tk-follow-up");
        List<Unit> tree = units.tree(actor, false);
        unit = new UnitPicker(getTranslation("follow-up.unit"), tree);
        unit.setId("follow-up-unit");
        unit.setClearButtonVisible(false);
        unit.select(UnitPath.ids(actor.scopePath()).getLast());
        if (unit.isEmpty() && !tree.isEmpty()) {
            unit.setValue(tree.getFirst());
        }
        unit.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                refresh();
            }
        });
        period = new FollowUpPeriodPicker(LocalDate.now(clock), this::refresh);
        Div filters = new Div(unit, period);
        filters.addClassName("tk-fu-filters");
        content.addClassName("tk-fu-content");
        content.setId("follow-up-content");
        add(new PageHeader(getTranslation("follow-up.title"), getTranslation("follow-up.subtitle"),
                report.following(unit::getValue, period::value)), filters, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (unit.getValue() == null) {
            return;
        }
        FollowUp followUp = dashboard.get(actor, unit.getValue().id(), period.value());
        if (followUp.isEmpty()) {
            content.add(new EmptyState("vaadin:tasks", getTranslation("follow-up.empty"), getTranslation("follow-up.empty.hint")));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        content.add(summary(followUp), new FollowUpBar.Legend(),
                FollowUpUnitRows.units(followUp, unit::select),
                FollowUpUnitRows.documents(followUp.documents()),
                FollowUpUnitRows.mostOverdue(followUp.mostOverdue()),
                new FollowUpLines("follow-up-overdue", "follow-up.overdue", "follow-up.overdue.none", followUp.overdue(),
                        followUp.total().overdue(), lines(followUp, Timeliness.OVERDUE), today),
                new FollowUpLines("follow-up-due-soon", "follow-up.due-soon", "follow-up.due-soon.none", followUp.dueSoon(),
                        followUp.total().dueSoon(), lines(followUp, Timeliness.DUE_SOON), today));
    }

    /** The task list of the chosen unit's subtree in one timeliness state, its deadlines within the period. */
    private static UnitTasksLink lines(FollowUp followUp, Timeliness state) {
        return new UnitTasksLink(followUp.unitId(), Set.of(state), followUp.from(), followUp.to());
    }

    /** The whole of the chosen unit and period: the range of deadlines, the bar and the rate. */
    private Div summary(FollowUp followUp) {
        StateCounts total = followUp.total();
        Span range = new Span(followUp.from() == null ? getTranslation("follow-up.range.current")
                : getTranslation("follow-up.range", DATE.format(followUp.from()), DATE.format(followUp.to())));
        range.addClassName("tk-fu-meta");
        Span soon = new Span(getTranslation("follow-up.summary", total.total(), total.dueSoon()));
        Div summary = new Div(range, soon, new FollowUpBar(total), new FollowUpBar.Rate(total));
        summary.setId("follow-up-summary");
        summary.addClassNames("tk-fu-section", "tk-fu-summary");
        return summary;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("follow-up.title") + " · " + getTranslation("app.name");
    }
}
