package vn.trienkhai.app.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Actors;
import vn.trienkhai.workbench.WorkspaceSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ends a workspace session as soon as its account changes under it: disabled, given other roles, permissions or
 * another home unit, or its password changed elsewhere. It runs before Vaadin handles any request of a session,
 * so no click on a page opened before the change reaches a service with the actor read at sign-in (screens keep
 * that actor in their listeners). One primary-key read per request ({@link Actors#stamp}).
 *
 * <p>The ended session is invalidated whole, with every UI in it, and the browser is sent to the sign-in page,
 * which says why.
 */
@Singleton
public class AccountWatch implements RequestHandler {

    static final String SIGN_IN_AFTER_END = "login?ended";
    private static final String STAMP = AccountWatch.class.getName() + ".stamp";

    private final Actors actors;

    AccountWatch(Actors actors) {
        this.actors = actors;
    }

    /** Remembers the account as it stands now: at sign-in, and after the session changed its own password. */
    public void remember(Actor actor) {
        VaadinSession.getCurrent().setAttribute(STAMP, actors.stamp(actor.accountId()).orElseThrow());
    }

    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) throws IOException {
        if (session == null || !endedIfChanged(session)) {
            return false;
        }
        String signIn = request.getContextPath() + "/" + SIGN_IN_AFTER_END;
        if (HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            // the client follows an error answer without caption or message straight to its address
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(VaadinService.createCriticalNotificationJSON(null, null, null, signIn)
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            response.setStatus(303);
            response.setHeader("Location", signIn);
        }
        return true;
    }

    /** Invalidates the session if its account no longer stands as it signed in; whether it did. */
    private boolean endedIfChanged(VaadinSession session) {
        session.lock();
        try {
            Optional<Actor> actor = WorkspaceSession.signedIn(session);
            Object remembered = session.getAttribute(STAMP);
            if (actor.isEmpty() || actors.stamp(actor.get().accountId()).filter(stamp -> stamp.equals(remembered)).isPresent()) {
                return false;
            }
            session.getSession().invalidate();
            return true;
        } finally {
            session.unlock();
        }
    }
}
