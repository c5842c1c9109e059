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
import vn.trienkhai.app.ui.unit.UnitsView;
import vn.trienkhai.core.access.Actor;
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

/** The dashboard: the organisation at a glance, then the cards of its enabled modules. */
@Route(value = "", layout = MainLayout.class)
@Prototype
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(UnitService units, WorkspaceModules modules) {
        Actor actor = WorkspaceSession.actor();
        String organisation = WorkspaceSession.organisation().orElseThrow().name();
        add(new PageHeader(organisation, getTranslation("home.subtitle")));
        Div cards = new Div();
        cards.addClassName("tk-cards");
        cards.setId("dashboard-cards");
        cards.add(unitCard(units.tree(actor, false)));
        for (DomainModule module : modules.enabled()) {
            for (DashboardCard card : module.dashboardCards()) {
                cards.add(card(getTranslation(card.titleKey()),
                        Contributions.render(card.content(), new DashboardContext(actor))));
            }
        }
        add(cards);
        setId("home");
    }

    private Component unitCard(List<Unit> tree) {
        long communes = tree.stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).count();
        long organisations = tree.stream().filter(unit -> unit.kind() == UnitKind.PARTY_ORGANISATION).count();
        Paragraph summary = new Paragraph(getTranslation("home.units.summary", tree.size(), organisations, communes));
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
