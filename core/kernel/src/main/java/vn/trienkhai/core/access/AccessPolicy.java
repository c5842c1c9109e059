package vn.trienkhai.core.access;

import jakarta.inject.Singleton;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static vn.trienkhai.core.access.Operation.*;
import static vn.trienkhai.core.access.Role.*;

/**
 * The one place that decides who may do what. Services call it before they read or change anything; the UI
 * and the API only hide what it would refuse.
 *
 * <p>Two questions, in this order: is the target in the actor's scope (their organisation, their home unit's
 * subtree)? If not, the answer is "not found", so that nobody learns what exists outside their scope. Then:
 * does one of the actor's roles allow the operation? If not, "forbidden".
 */
@Singleton
public class AccessPolicy {

    private static final Map<Operation, Set<Role>> ALLOWED = new EnumMap<>(Operation.class);

    static {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        allow(UNIT_READ, everyone);
        allow(UNIT_CREATE, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN));
        allow(UNIT_UPDATE, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN));
        allow(UNIT_RESTRUCTURE, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN));
        allow(ORGANISATION_CREATE, EnumSet.of(SYSTEM_ADMIN));
        allow(MODULE_READ, everyone);
        allow(MODULE_SWITCH, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN));
        allow(ACCOUNT_READ, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN));
        allow(ACCOUNT_MANAGE, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN));
        allow(AUDIT_READ, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN));
        allow(DOCUMENT_READ, everyone);
        allow(DOCUMENT_REGISTER, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER));
        allow(DOCUMENT_IMPORT, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER));
        allow(TASK_READ, everyone);
        allow(TASK_REPORT, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER));
        allow(TASK_COMMENT, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER));
        allow(TASK_MANAGE, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER));
        allow(INDICATOR_MANAGE, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER));
        allow(FIGURE_READ, everyone);
        allow(FIGURE_ENTER, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER));
        allow(FIGURE_LOCK, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER));
        allow(REPORT_REQUEST, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER));
        allow(REPORT_SUBMIT, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER));
        allow(REPORT_REVIEW, EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER));
        allow(OWN_PASSWORD_CHANGE, everyone);
        allow(OWN_TOKEN_MANAGE, everyone);
    }

    private final Messages messages;

    AccessPolicy(Messages messages) {
        this.messages = messages;
    }

    /** Whether the actor may do {@code operation} at all (for hiding buttons; services call {@link #require}). */
    public boolean allows(Actor actor, Operation operation) {
        return actor.roles().stream().anyMatch(rolesFor(operation)::contains);
    }

    /** Refuses unless the actor may do {@code operation}. */
    public void require(Actor actor, Operation operation) {
        if (!allows(actor, operation)) {
            throw new ForbiddenException("access.forbidden", messages.get("access.forbidden"));
        }
    }

    /**
     * Refuses unless the target (a unit path in organisation {@code organisationId}) is in the actor's scope
     * and the actor may do {@code operation}.
     */
    public void require(Actor actor, Operation operation, long organisationId, String targetPath) {
        requireInScope(actor, organisationId, targetPath);
        require(actor, operation);
    }

    public void requireInScope(Actor actor, long organisationId, String targetPath) {
        if (!inScope(actor, organisationId, targetPath)) {
            throw new NotFoundException("access.not-found", messages.get("access.not-found"));
        }
    }

    public boolean inScope(Actor actor, long organisationId, String targetPath) {
        return actor.has(SYSTEM_ADMIN) || (actor.organisationId() == organisationId && actor.covers(targetPath));
    }

    /** The roles allowed to do {@code operation}: the table the matrix test reads back. */
    public static Set<Role> rolesFor(Operation operation) {
        return ALLOWED.getOrDefault(operation, Set.of());
    }

    private static void allow(Operation operation, Set<Role> roles) {
        ALLOWED.put(operation, Set.copyOf(roles));
    }
}
