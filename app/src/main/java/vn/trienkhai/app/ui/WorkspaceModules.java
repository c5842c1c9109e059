package vn.trienkhai.app.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.ModuleView;
import vn.trienkhai.workbench.WorkspaceSession;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The domain modules as one session sees them. A module's views are registered as routes of the session
 * only while its organisation has it enabled, so a disabled module's screens do not exist for its users;
 * {@link WorkspaceGuard} refuses them again on every navigation, in case the setting changed meanwhile.
 */
@Singleton
public class WorkspaceModules {

    private final List<DomainModule> modules;
    private final ModuleEnablement enablement;

    WorkspaceModules(List<DomainModule> modules, ModuleEnablement enablement) {
        // by id, as the registry lists them: the bean order is not stable, the navigation must be
        this.modules = modules.stream().sorted(Comparator.comparing(DomainModule::id)).toList();
        this.enablement = enablement;
    }

    /** The enabled modules of the session's organisation. */
    public List<DomainModule> enabled() {
        return WorkspaceSession.organisation()
                .map(organisation -> enablement.enabledModules(organisation.id()))
                .map(ids -> modules.stream().filter(module -> ids.contains(module.id())).toList())
                .orElse(List.of());
    }

    /** The installed module whose route this is, e.g. {@code press} for {@code press/subscriptions}. */
    public Optional<DomainModule> owner(String route) {
        return modules.stream()
                .filter(module -> route.equals(module.id()) || route.startsWith(module.id() + "/"))
                .findFirst();
    }

    public boolean isEnabled(DomainModule module) {
        return WorkspaceSession.organisation().map(organisation -> enablement.isEnabled(organisation.id(), module.id())).orElse(false);
    }

    /** Makes the session act as {@code actor} in {@code organisation}, with exactly that organisation's module routes. */
    public void enter(Actor actor, Organisation organisation) {
        WorkspaceSession.enter(actor, organisation);
        refreshRoutes(MainLayout.class);
    }

    /** Registers the routes of the modules the session's organisation has enabled, and only those. */
    public void refreshRoutes(Class<? extends RouterLayout> layout) {
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        Set<String> enabled = WorkspaceSession.organisation().map(organisation -> enablement.enabledModules(organisation.id())).orElse(Set.of());
        for (DomainModule module : modules) {
            for (ModuleView view : module.views()) {
                String route = view.route(module.id());
                if (routes.isPathAvailable(route)) {
                    routes.removeRoute(route);
                }
                if (enabled.contains(module.id())) {
                    routes.setRoute(route, view.view(), layout);
                }
            }
        }
    }
}
