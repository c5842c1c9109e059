package vn.trienkhai.workbench;

import com.vaadin.flow.server.VaadinSession;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.organisation.Organisation;

import java.util.Optional;

/**
 * The workspace state of one browser session: the organisation it works in, and so the {@link Actor} every
 * service call of its screens passes. The shell sets it; screens and contributions only read it.
 */
public final class WorkspaceSession {

    private WorkspaceSession() {
    }

    public static Optional<Organisation> organisation() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : session.getAttribute(Organisation.class));
    }

    public static void setOrganisation(Organisation organisation) {
        VaadinSession.getCurrent().setAttribute(Organisation.class, organisation);
    }

    /** The actor of the current session; screens are only reachable once the shell has chosen an organisation. */
    public static Actor actor() {
        return organisation().map(organisation -> new Actor(organisation.id()))
                .orElseThrow(() -> new IllegalStateException("No organisation chosen in this session"));
    }
}
