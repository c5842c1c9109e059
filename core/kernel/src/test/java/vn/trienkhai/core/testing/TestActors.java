package vn.trienkhai.core.testing;

import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;

import java.util.Set;

/** Actors for tests that call services directly, without signing in. */
public final class TestActors {

    private TestActors() {
    }

    /** The organisation's administrator, scoped to its whole tree. */
    public static Actor administrator(Organisation organisation) {
        return new Actor(1_000_000 + organisation.id(), "admin-" + organisation.code(), organisation.id(),
                organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()), Set.of(Role.ORGANISATION_ADMIN), Set.of());
    }

    /** Someone with {@code role} whose home unit is {@code home}. */
    public static Actor at(Unit home, Role role) {
        return new Actor(2_000_000 + home.id(), role.name().toLowerCase() + "-" + home.code(), home.organisationId(),
                home.id(), home.path(), Set.of(role), Set.of());
    }
}
