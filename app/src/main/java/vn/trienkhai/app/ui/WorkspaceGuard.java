package vn.trienkhai.app.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

import java.util.Comparator;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.workbench.WorkspaceSession;

/**
 * Runs before every navigation: a new session first enters an organisation (until accounts exist, the first
 * one created; the header's selector switches), and a route of a module that the organisation has not enabled is
 * "not found", whether it was clicked or typed.
 */
@Singleton
public class WorkspaceGuard implements VaadinServiceInitListener {

    private final WorkspaceModules modules;
    private final OrganisationService organisations;

    WorkspaceGuard(WorkspaceModules modules, OrganisationService organisations) {
        this.modules = modules;
        this.organisations = organisations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        if (WorkspaceSession.organisation().isEmpty()) {
            organisations.list().stream().min(Comparator.comparingLong(Organisation::id))
                    .ifPresent(first -> modules.enter(first, MainLayout.class));
        }
        String route = event.getLocation().getPath();
        modules.owner(route).filter(module -> !modules.isEnabled(module))
                .ifPresent(disabled -> event.rerouteToError(NotFoundException.class, route));
    }
}
