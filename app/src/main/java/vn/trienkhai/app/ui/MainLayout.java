package vn.trienkhai.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.account.UserMenu;
import vn.trienkhai.app.ui.admin.AccountsView;
import vn.trienkhai.app.ui.admin.AuditView;
import vn.trienkhai.app.ui.admin.ModulesView;
import vn.trienkhai.app.ui.document.DocumentsView;
import vn.trienkhai.app.ui.indicator.IndicatorsView;
import vn.trienkhai.app.ui.task.FollowUpView;
import vn.trienkhai.app.ui.task.MyTasksView;
import vn.trienkhai.app.ui.task.NotificationBell;
import vn.trienkhai.app.ui.task.UnitTasksView;
import vn.trienkhai.app.ui.reportrequest.ReportsView;
import vn.trienkhai.app.ui.unit.UnitsView;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.Actors;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.ModuleView;
import vn.trienkhai.workbench.WorkspaceSession;

/**
 * The workspace shell: the organisation (a selector for system administrators), the user menu, and the
 * navigation, composed of the core areas, the modules the organisation enabled and the administration the
 * user may use. Vaadin's automatic menu sees only application routes, so the navigation is built here.
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final OrganisationService organisations;
    private final WorkspaceModules modules;
    private final AccessPolicy policy;
    private final Actors actors;
    private final SideNav navigation = new SideNav();
    private final NotificationBell bell;

    MainLayout(OrganisationService organisations, WorkspaceModules modules, AccessPolicy policy, Actors actors, UserMenu userMenu,
               NotificationBell bell) {
        this.organisations = organisations;
        this.bell = bell;
        this.modules = modules;
        this.policy = policy;
        this.actors = actors;
        setPrimarySection(Section.DRAWER);
        DrawerToggle drawerToggle = new DrawerToggle();
        // the web component's own label is English ("Toggle navigation panel"), read aloud by screen readers
        drawerToggle.setAriaLabel(getTranslation("shell.toggle-navigation"));
        HorizontalLayout header = new HorizontalLayout(drawerToggle, organisation(), bell, userMenu);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(header.getComponentAt(1));
        header.addClassName("tk-header");
        addToNavbar(header);
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("tk-brand");
        navigation.setId("workspace-navigation");
        addToDrawer(brand, navigation);
        buildNavigation();
    }

    /** The organisation's name; for a system administrator, a selector of every organisation. */
    private Component organisation() {
        Actor actor = WorkspaceSession.actor();
        Organisation current = WorkspaceSession.organisation().orElse(null);
        if (!actor.has(Role.SYSTEM_ADMIN)) {
            Span name = new Span(current == null ? "" : current.name());
            name.setId("organisation-name");
            name.addClassName("tk-organisation");
            return name;
        }
        Select<Organisation> select = new Select<>();
        select.setId("organisation-select");
        select.setAriaLabel(getTranslation("shell.organisation"));
        select.setItems(organisations.list(actor));
        select.setItemLabelGenerator(Organisation::name);
        select.setValue(current);
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                modules.enter(actors.inOrganisation(actor, change.getValue()), change.getValue());
                UI.getCurrent().navigate(HomeView.class);
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }

    private void buildNavigation() {
        Actor actor = WorkspaceSession.actor();
        navigation.removeAll();
        navigation.addItem(item("nav.home", HomeView.class, "vaadin:dashboard"),
                item("nav.documents", DocumentsView.class, "vaadin:file-text-o"),
                item("nav.tasks.mine", MyTasksView.class, "vaadin:tasks"),
                item("nav.tasks.unit", UnitTasksView.class, "vaadin:list-ul"));
        if (actor.has(Role.LEADER) || actor.has(Role.OFFICER) || actor.has(Role.ORGANISATION_ADMIN) || actor.has(Role.SYSTEM_ADMIN)) {
            navigation.addItem(item("nav.tasks.follow-up", FollowUpView.class, "vaadin:chart-timeline"));
        }
        navigation.addItem(item("nav.indicators", IndicatorsView.class, "vaadin:chart"));
        navigation.addItem(item("nav.reports", ReportsView.class, "vaadin:clipboard-check"));
        navigation.addItem(item("nav.units", UnitsView.class, "vaadin:sitemap"));
        for (DomainModule module : modules.enabled()) {
            SideNavItem group = new SideNavItem(getTranslation(module.nameKey()));
            group.setPrefixComponent(new Icon(module.icon()));
            group.setExpanded(true);
            for (ModuleView view : module.views()) {
                SideNavItem entry = new SideNavItem(getTranslation(view.titleKey()), view.route(module.id()));
                entry.setPrefixComponent(new Icon(view.icon()));
                group.addItem(entry);
            }
            navigation.addItem(group);
        }
        if (policy.allows(actor, Operation.ACCOUNT_MANAGE) || policy.allows(actor, Operation.MODULE_SWITCH)) {
            SideNavItem administration = new SideNavItem(getTranslation("nav.admin"));
            administration.setPrefixComponent(new Icon("vaadin:cogs"));
            administration.setExpanded(true);
            administration.addItem(item("nav.admin.accounts", AccountsView.class, "vaadin:users"),
                    item("nav.admin.modules", ModulesView.class, "vaadin:puzzle-piece"),
                    item("nav.admin.audit", AuditView.class, "vaadin:records"));
            navigation.addItem(administration);
        }
    }

    private SideNavItem item(String key, Class<? extends Component> view, String icon) {
        return new SideNavItem(getTranslation(key), view, new Icon(icon));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the module settings may have changed on the administration screen
        buildNavigation();
        bell.refresh();
    }
}
