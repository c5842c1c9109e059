package vn.trienkhai.core.access;

import java.util.Set;

/**
 * Who is asking: every service operation receives one and {@link AccessPolicy} decides with it.
 *
 * <p>The UI builds it from the signed-in session and the API from the bearer token, each in one place
 * ({@code WorkspaceSession}, {@code ActorBinder}).
 *
 * @param accountId      the signed-in account; 0 for the installation itself (start-up, demo data)
 * @param organisationId the organisation (tenant) the request acts in
 * @param homeUnitId     the unit the account belongs to
 * @param scopePath      the materialised path of the unit whose subtree is the actor's scope: the home unit, or for
 *                       a department or office of a committee (Ban Tuyên giáo Huyện ủy) that committee, in whose
 *                       name it works
 * @param permissions    module permissions granted to the account, e.g. {@code press.subscription.edit}
 */
public record Actor(long accountId, String login, long organisationId, long homeUnitId, String scopePath,
                    Set<Role> roles, Set<String> permissions) {

    public Actor {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** The installation acting on its own behalf (start-up, demo data) in one organisation. */
    public static Actor system(long organisationId, long rootUnitId, String rootPath) {
        return new Actor(0, "system", organisationId, rootUnitId, rootPath, Set.of(Role.SYSTEM_ADMIN), Set.of());
    }

    /** The installation acting outside any organisation, e.g. creating one. */
    public static Actor installation() {
        return system(0, 0, "/");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether a unit with this path lies in the actor's scope (their scope unit or below it). */
    public boolean covers(String unitPath) {
        return has(Role.SYSTEM_ADMIN) || unitPath.startsWith(scopePath);
    }
}
