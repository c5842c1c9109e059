package vn.trienkhai.app.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.workbench.RequiresOperation;
import vn.trienkhai.workbench.WorkspaceSession;

/**
 * Runs before every navigation: without a signed-in session only the sign-in page is reachable; a view the
 * user's roles do not allow ({@link RequiresOperation}) and a route of a module that the organisation has not
 * enabled are "not found", whether clicked or typed. Also installs the session's error handler and the
 * {@link AccountWatch} that ends a session whose account changed.
 */
@Singleton
public class WorkspaceGuard implements VaadinServiceInitListener {

    private final WorkspaceModules modules;
    private final AccessPolicy policy;
    private final AccountWatch accountWatch;

    WorkspaceGuard(WorkspaceModules modules, AccessPolicy policy, AccountWatch accountWatch) {
        this.modules = modules;
        this.policy = policy;
        this.accountWatch = accountWatch;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(accountWatch);
        // an expired session reloads the page, which signs in again, instead of an English notice
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new WorkspaceErrorHandler()));
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        boolean toSignIn = LoginView.class.equals(event.getNavigationTarget());
        if (WorkspaceSession.signedIn().isEmpty()) {
            if (!toSignIn) {
                event.rerouteTo(LoginView.class);
            }
            return;
        }
        if (toSignIn) {
            event.rerouteTo(HomeView.class);
            return;
        }
        String route = event.getLocation().getPath();
        RequiresOperation required = event.getNavigationTarget().getAnnotation(RequiresOperation.class);
        boolean refused = required != null && !policy.allows(WorkspaceSession.actor(), required.value());
        if (refused || modules.owner(route).filter(module -> !modules.isEnabled(module)).isPresent()) {
            event.rerouteToError(NotFoundException.class, route);
        }
    }
}
