package vn.trienkhai.workbench;

import com.vaadin.flow.server.VaadinSession;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.organisation.Organisation;

import java.util.Optional;

/**
 * The workspace state of one signed-in browser session: the {@link Actor} every service call of its screens
 * passes, and the organisation it works in. The shell sets them at sign-in (and when a system administrator
 * switches organisation); screens and contributions only read them.
 */
public final class WorkspaceSession {

    private WorkspaceSession() {
    }

    public static Optional<Actor> signedIn() {
        return signedIn(VaadinSession.getCurrent());
    }

    /** The actor of {@code session}, which the caller holds the lock of. */
    public static Optional<Actor> signedIn(VaadinSession session) {
        return Optional.ofNullable(session == null ? null : session.getAttribute(Actor.class));
    }

    public static Optional<Organisation> organisation() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : session.getAttribute(Organisation.class));
    }

    /** Makes the session act as {@code actor} in {@code organisation}. */
    public static void enter(Actor actor, Organisation organisation) {
        VaadinSession.getCurrent().setAttribute(Actor.class, actor);
        VaadinSession.getCurrent().setAttribute(Organisation.class, organisation);
    }

    /** The actor of the current session; screens are only reachable once signed in. */
    public static Actor actor() {
        return signedIn().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }
}
