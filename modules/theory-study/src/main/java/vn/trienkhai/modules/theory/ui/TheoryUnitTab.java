package vn.trienkhai.modules.theory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.modules.theory.FollowPlans;
import vn.trienkhai.modules.theory.StudySessions;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlan;
import vn.trienkhai.modules.theory.TheoryModel.StudySession;
import vn.trienkhai.workbench.Contribution;
import vn.trienkhai.workbench.UnitPage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.trienkhai.modules.theory.ui.TheoryLabels.t;

/** The unit page's "Học tập lý luận": the sessions held at and below the unit, and this year's "làm theo" plans there. */
@Prototype
public class TheoryUnitTab implements Contribution<UnitPage> {

    private final StudySessions sessions;
    private final FollowPlans plans;
    private final Clock clock;

    TheoryUnitTab(StudySessions sessions, FollowPlans plans, Clock clock) {
        this.sessions = sessions;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Component render(UnitPage page) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("theory-unit-tab");
        tab.setPadding(false);
        List<StudySession> held = sessions.ofUnit(page.actor(), page.unit().id());
        tab.add(new H4(t("theory.tab.sessions", held.size())));
        held.forEach(session -> tab.add(TheoryLabels.meta(List.of(TheoryLabels.date(session.heldOn()), session.documentLabel(),
                session.unitName(), t("theory.session.members", TheoryLabels.attendance(session.partyMembers()))))));
        int year = LocalDate.now(clock).getYear();
        List<FollowPlan> registered = plans.ofUnit(page.actor(), page.unit().id(), year);
        tab.add(new H4(t("theory.tab.follow", String.valueOf(year), registered.size())));
        registered.forEach(plan -> tab.add(new Paragraph(plan.unitName() + ": " + plan.summary())));
        return tab;
    }
}
