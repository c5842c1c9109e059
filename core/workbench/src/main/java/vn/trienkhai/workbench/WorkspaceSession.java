package vn.trienkhai.workbench;

import com.vaadin.flow.server.VaadinSession;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.unit.UnitPath;

import java.util.List;
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

    /**
     * The unit whose subtree the current actor sees: their scope (for a committee's department, the committee it works
     * for), or for the installation's administrator the organisation's root. Screens open on it by default.
     */
    public static Optional<Long> scopeUnitId() {
        List<Long> ids = UnitPath.ids(actor().scopePath());
        return ids.isEmpty() ? organisation().map(Organisation::rootUnitId) : Optional.of(ids.getLast());
    }
}
