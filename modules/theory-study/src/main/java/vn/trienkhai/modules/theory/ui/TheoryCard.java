package vn.trienkhai.modules.theory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.modules.theory.FollowPlans;
import vn.trienkhai.modules.theory.StudySessions;
import vn.trienkhai.modules.theory.TheoryModel.Attendance;
import vn.trienkhai.modules.theory.TheoryModel.FollowYear;
import vn.trienkhai.modules.theory.TheoryModel.StudySession;
import vn.trienkhai.modules.theory.TheoryModule;
import vn.trienkhai.workbench.Contribution;
import vn.trienkhai.workbench.DashboardContext;
import vn.trienkhai.workbench.WorkspaceSession;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.trienkhai.modules.theory.ui.TheoryLabels.t;

/** The dashboard's "Học tập lý luận chính trị": this year's party members reached in scope, and who owes a "làm theo" plan. */
@Prototype
public class TheoryCard implements Contribution<DashboardContext> {

    private final StudySessions sessions;
    private final FollowPlans plans;
    private final Clock clock;

    TheoryCard(StudySessions sessions, FollowPlans plans, Clock clock) {
        this.sessions = sessions;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Component render(DashboardContext context) {
        int year = LocalDate.now(clock).getYear();
        List<StudySession> held = WorkspaceSession.scopeUnitId().map(unit -> sessions.ofUnit(context.actor(), unit)).orElse(List.of())
                .stream().filter(session -> session.heldOn().getYear() == year).toList();
        Attendance members = held.stream().map(StudySession::partyMembers).reduce(Attendance.NONE, Attendance::plus);
        FollowYear follow = plans.year(context.actor(), year);
        VerticalLayout card = new VerticalLayout();
        card.setId("theory-card");
        card.setPadding(false);
        Span studied = new Span(t("theory.card.studied", String.valueOf(year), held.size(), TheoryLabels.attendance(members)));
        studied.setId("theory-card-studied");
        Span without = new Span(t("theory.card.without", follow.withoutPlan().size()));
        without.setId("theory-card-without");
        card.add(studied, without, new Anchor(TheoryModule.ID + "/sessions", t("theory.card.open-sessions")),
                new Anchor(TheoryModule.ID + "/follow", t("theory.card.open-follow")));
        return card;
    }
}
