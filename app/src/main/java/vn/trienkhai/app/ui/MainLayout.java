package vn.trienkhai.app.ui;

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
import vn.trienkhai.app.ui.admin.ModulesView;
import vn.trienkhai.app.ui.area.DocumentsView;
import vn.trienkhai.app.ui.area.IndicatorsView;
import vn.trienkhai.app.ui.area.TasksView;
import vn.trienkhai.app.ui.unit.UnitsView;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.ModuleView;
import vn.trienkhai.workbench.WorkspaceSession;

/**
 * The workspace shell: the organisation selector in the header and the navigation, composed of the core
 * areas and the modules the organisation enabled. Vaadin's automatic menu sees only application routes, so
 * the navigation is built here from the module registry.
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final OrganisationService organisations;
    private final WorkspaceModules modules;
    private final SideNav navigation = new SideNav();
    private final Select<Organisation> organisationSelect = new Select<>();

    MainLayout(OrganisationService organisations, WorkspaceModules modules) {
        this.organisations = organisations;
        this.modules = modules;
        setPrimarySection(Section.DRAWER);
        addToNavbar(header());
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("tk-brand");
        navigation.setId("workspace-navigation");
        addToDrawer(brand, navigation);
        buildNavigation();
    }

    private HorizontalLayout header() {
        organisationSelect.setId("organisation-select");
        organisationSelect.setAriaLabel(getTranslation("shell.organisation"));
        organisationSelect.setItems(organisations.list());
        organisationSelect.setItemLabelGenerator(Organisation::name);
        WorkspaceSession.organisation().ifPresent(organisationSelect::setValue);
        organisationSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                modules.enter(change.getValue(), MainLayout.class);
                buildNavigation();
                UI.getCurrent().navigate(HomeView.class);
            }
        });
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), organisationSelect);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("tk-header");
        return header;
    }

    private void buildNavigation() {
        navigation.removeAll();
        navigation.addItem(item("nav.home", HomeView.class, "vaadin:dashboard"),
                item("nav.documents", DocumentsView.class, "vaadin:file-text-o"),
                item("nav.tasks", TasksView.class, "vaadin:tasks"),
                item("nav.indicators", IndicatorsView.class, "vaadin:chart"),
                item("nav.units", UnitsView.class, "vaadin:sitemap"));
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
        navigation.addItem(item("nav.admin.modules", ModulesView.class, "vaadin:cogs"));
    }

    private SideNavItem item(String key, Class<? extends com.vaadin.flow.component.Component> view, String icon) {
        return new SideNavItem(getTranslation(key), view, new Icon(icon));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the module settings may have changed on the administration screen
        buildNavigation();
        WorkspaceSession.organisation().ifPresent(organisationSelect::setValue);
    }
}
