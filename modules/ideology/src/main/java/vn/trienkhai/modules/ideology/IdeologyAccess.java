package vn.trienkhai.modules.ideology;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.trienkhai.core.access.Role.OFFICER;
import static vn.trienkhai.core.access.Role.ORGANISATION_ADMIN;
import static vn.trienkhai.core.access.Role.REPORTER;
import static vn.trienkhai.core.access.Role.SYSTEM_ADMIN;

/**
 * Who may do what in the module. Everything needs the module enabled in the actor's organisation ("not found"
 * otherwise, as the API gate answers) and the unit in the actor's scope (the core's {@link UnitService} decides).
 * Recording a report or a radio check is the work of officers and of the communes' reporters; closing a hot spot
 * is an officer's decision. A module permission grants either to an account whose role would not.
 */
@Singleton
public class IdeologyAccess {

    public static final String RECORD = IdeologyModule.ID + ".record";
    public static final String CLOSE_HOT_SPOT = IdeologyModule.ID + ".hotspot.close";
    private static final Set<Role> RECORDERS = EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER);
    private static final Set<Role> CLOSERS = EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER);

    private final ModuleEnablement enablement;
    private final UnitService units;
    private final Messages messages;

    IdeologyAccess(ModuleEnablement enablement, UnitService units, Messages messages) {
        this.enablement = enablement;
        this.units = units;
        this.messages = messages;
    }

    public boolean mayRecord(Actor actor) {
        return may(actor, RECORDERS, RECORD);
    }

    public boolean mayCloseHotSpots(Actor actor) {
        return may(actor, CLOSERS, CLOSE_HOT_SPOT);
    }

    void requireEnabled(Actor actor) {
        enablement.requireEnabled(actor.organisationId(), IdeologyModule.ID);
    }

    /** The unit, refused as "not found" outside the actor's scope or organisation. */
    Unit unit(Actor actor, long unitId) {
        requireEnabled(actor);
        return units.get(actor, unitId);
    }

    /** The units the actor sees, by id: the filter of every list. */
    Map<Long, Unit> visibleUnits(Actor actor) {
        requireEnabled(actor);
        List<Unit> tree = units.tree(actor, true);
        return tree.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    void requireRecord(Actor actor) {
        require(mayRecord(actor));
    }

    void requireCloseHotSpot(Actor actor) {
        require(mayCloseHotSpots(actor));
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException("access.forbidden", messages.get("access.forbidden"));
        }
    }

    private static boolean may(Actor actor, Set<Role> roles, String permission) {
        return actor.roles().stream().anyMatch(roles::contains) || actor.permissions().contains(permission);
    }
}
