package vn.trienkhai.modules.theory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.modules.theory.StudySessions;
import vn.trienkhai.modules.theory.TheoryModel.DocumentReach;
import vn.trienkhai.modules.theory.TheoryModel.UnitReach;
import vn.trienkhai.workbench.Contribution;
import vn.trienkhai.workbench.DocumentPage;

import java.util.List;

import static vn.trienkhai.modules.theory.ui.TheoryLabels.t;

/**
 * A document's "Học tập, quán triệt": every unit in scope that held a session for it or for a plan implementing it,
 * with the share of its party members reached, then the party bodies that have not held one.
 */
@Prototype
public class DocumentStudyTab implements Contribution<DocumentPage> {

    private final StudySessions sessions;

    DocumentStudyTab(StudySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Component render(DocumentPage page) {
        DocumentReach reach = sessions.reach(page.actor(), page.documentId());
        VerticalLayout tab = new VerticalLayout();
        tab.setId("theory-document-tab");
        tab.setPadding(false);
        Paragraph total = new Paragraph(t("theory.document.total", reach.units().size(), TheoryLabels.attendance(reach.total())));
        total.setId("theory-document-total");
        tab.add(total);
        Div held = new Div();
        held.setId("theory-document-held");
        held.setWidthFull();
        reach.units().forEach(unit -> held.add(line(unit)));
        tab.add(held);
        if (reach.units().isEmpty()) {
            tab.add(new Paragraph(t("theory.document.none")));
        }
        if (!reach.withoutSession().isEmpty()) {
            tab.add(new H4(t("theory.document.without", reach.withoutSession().size())));
            Div without = new Div(String.join(", ", reach.withoutSession().stream().map(UnitReach::unitName).toList()));
            without.setId("theory-document-without");
            tab.add(without);
        }
        return tab;
    }

    private static Div line(UnitReach unit) {
        Div line = TheoryLabels.card();
        line.addClassName("theory-document-unit");
        line.add(TheoryLabels.heading(unit.unitName()));
        if (unit.partyMembers().share() != null) {
            ProgressBar bar = new ProgressBar(0, 100, unit.partyMembers().share().doubleValue());
            bar.getElement().setAttribute("aria-label", unit.unitName());
            line.add(bar);
        }
        line.add(TheoryLabels.meta(List.of(t("theory.document.sessions", unit.sessions(), TheoryLabels.date(unit.lastHeldOn())),
                t("theory.session.members", TheoryLabels.attendance(unit.partyMembers())))));
        return line;
    }
}
