package vn.trienkhai.modules.culture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.modules.culture.indicator.CultureProgress;
import vn.trienkhai.workbench.Contribution;
import vn.trienkhai.workbench.DashboardContext;
import vn.trienkhai.workbench.WorkspaceSession;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The dashboard's culture card: the targets of the user's scope against its latest surveyed year. */
@Prototype
public class CultureCard implements Contribution<DashboardContext> {

    private final CultureProgress progress;
    private final Clock clock;

    CultureCard(CultureProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public Component render(DashboardContext context) {
        Div card = new Div();
        card.setId("culture-card");
        Actor actor = context.actor();
        Optional<Long> scope = WorkspaceSession.scopeUnitId();
        Optional<Integer> year = scope.flatMap(unit -> progress.latestYear(actor, unit, LocalDate.now(clock).getYear(), SurveyView.FIRST_YEAR));
        if (year.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("culture.card.empty")));
            return card;
        }
        card.add(new Paragraph(card.getTranslation("culture.card.year", String.valueOf(year.get()))),
                new ProgressList(progress.lines(actor, scope.get(), year.get())));
        return card;
    }
}
