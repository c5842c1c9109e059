package vn.trienkhai.core.account;

import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.access.Role;

import java.util.Set;

/** A user of the workspace, without their password hash. */
@Serdeable
public record Account(long id, Long organisationId, Long homeUnitId, String login, String displayName, boolean enabled,
                      Set<Role> roles, Set<String> permissions, long version) {
}
