package vn.trienkhai.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.document.DocumentView;
import vn.trienkhai.app.ui.unit.UnitsView;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.PlanFollowUp;
import vn.trienkhai.core.document.PlanFollowUp.AwaitedPlan;
import vn.trienkhai.core.document.PlanFollowUp.PlansMissing;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.Contributions;
import vn.trienkhai.workbench.DashboardCard;
import vn.trienkhai.workbench.DashboardContext;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;

import java.util.List;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/**
 * The home page of the user's own unit: the documents waiting for its plan, the plans its subtree is waiting
 * for, its units, then the cards of the enabled modules.
 */
@Route(value = "", layout = MainLayout.class)
@Prototype
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** Lines per card; the document registry lists everything. */
    private static final int SHOWN = 6;

    HomeView(UnitService units, PlanFollowUp followUp, WorkspaceModules modules) {
        Actor actor = WorkspaceSession.actor();
        List<Unit> tree = units.tree(actor, false);
        Unit home = tree.stream().filter(unit -> unit.id() == actor.homeUnitId()).findFirst().orElseGet(() -> units.get(actor, actor.homeUnitId()));
        add(new PageHeader(home.name(), getTranslation("home.subtitle", WorkspaceSession.organisation().orElseThrow().name())));
        Div cards = new Div();
        cards.addClassName("tk-cards");
        cards.setId("dashboard-cards");
        cards.add(awaitedCard(followUp.awaitedFromHome(actor)), missingCard(followUp.missingBelow(actor)), unitCard(tree, home.id()));
        for (DomainModule module : modules.enabled()) {
            for (DashboardCard card : module.dashboardCards()) {
                cards.add(card(getTranslation(card.titleKey()),
                        Contributions.render(card.content(), new DashboardContext(actor))));
            }
        }
        add(cards);
        setId("home");
    }

    private Component awaitedCard(List<AwaitedPlan> awaited) {
        Div card = card(getTranslation("home.awaited"), awaited.isEmpty() ? new Paragraph(getTranslation("home.awaited.none")) : new Div());
        card.setId("home-awaited");
        awaited.stream().limit(SHOWN).forEach(plan -> card.add(line(plan.document(), plan.daysOverdue() > 0
                ? getTranslation("home.awaited.late", DATE.format(plan.due()), plan.daysOverdue())
                : plan.due() == null ? getTranslation("home.awaited.open") : getTranslation("home.awaited.due", DATE.format(plan.due())),
                plan.daysOverdue() > 0)));
        return card;
    }

    private Component missingCard(List<PlansMissing> missing) {
        Div card = card(getTranslation("home.missing"), missing.isEmpty() ? new Paragraph(getTranslation("home.missing.none")) : new Div());
        card.setId("home-missing");
        missing.stream().limit(SHOWN).forEach(plans -> card.add(line(plans.document(),
                getTranslation("home.missing.count", plans.missing(), plans.late()), plans.late() > 0)));
        return card;
    }

    /** One document: its number as a link to its page, its title, and what is awaited of it. */
    private Component line(Document document, String status, boolean late) {
        RouterLink link = new RouterLink(document.symbol() == null ? getTranslation("document.kind." + document.kind().name())
                : document.symbol(), DocumentView.class, document.id());
        Span title = new Span(document.title());
        title.addClassName("tk-home-title");
        Span state = new Span(status);
        state.addClassName(late ? "tk-late" : "tk-home-state");
        Div line = new Div(link, title, state);
        line.addClassName("tk-home-line");
        return line;
    }

    private Component unitCard(List<Unit> tree, long homeId) {
        List<Unit> below = tree.stream().filter(unit -> unit.id() != homeId).toList();
        long communes = below.stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).count();
        long organisations = below.stream().filter(unit -> unit.kind() == UnitKind.PARTY_ORGANISATION).count();
        Paragraph summary = new Paragraph(below.isEmpty() ? getTranslation("home.units.none")
                : getTranslation("home.units.summary", below.size(), organisations, communes));
        return card(getTranslation("nav.units"), new VerticalLayout(summary, new RouterLink(getTranslation("home.units.open"), UnitsView.class)));
    }

    static Div card(String title, Component content) {
        Div card = new Div(new H3(title), content);
        card.addClassName("tk-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
