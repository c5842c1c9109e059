package vn.trienkhai.modules.theory;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.trienkhai.core.access.Role.OFFICER;
import static vn.trienkhai.core.access.Role.ORGANISATION_ADMIN;
import static vn.trienkhai.core.access.Role.REPORTER;
import static vn.trienkhai.core.access.Role.SYSTEM_ADMIN;

/**
 * Who may do what in the module: everything needs the module enabled ("not found" otherwise) and the unit in the
 * actor's scope; recording sessions, classes, plans and books is the work of officers and the units' reporters, or
 * of an account granted {@link #RECORD}. Setting the year's topic is for the organisation's own officers.
 */
@Singleton
public class TheoryAccess {

    public static final String RECORD = TheoryModule.ID + ".record";
    /** The bodies that study documents and register a "làm theo" plan: committees, communes, party organisations. */
    static final Set<UnitKind> PARTY_BODIES = EnumSet.of(UnitKind.COMMITTEE, UnitKind.COMMUNE, UnitKind.PARTY_ORGANISATION);
    private static final Set<Role> RECORDERS = EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER);
    private static final Set<Role> TOPIC_SETTERS = EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER);

    private final ModuleEnablement enablement;
    private final UnitService units;
    private final Messages messages;

    TheoryAccess(ModuleEnablement enablement, UnitService units, Messages messages) {
        this.enablement = enablement;
        this.units = units;
        this.messages = messages;
    }

    public boolean mayRecord(Actor actor) {
        return actor.roles().stream().anyMatch(RECORDERS::contains) || actor.permissions().contains(RECORD);
    }

    /** The year's topic is the whole organisation's: set by an officer or administrator whose scope is the root. */
    public boolean maySetTopic(Actor actor) {
        List<Long> scope = UnitPath.ids(actor.scopePath());
        return actor.roles().stream().anyMatch(TOPIC_SETTERS::contains) && (scope.size() <= 1 || actor.has(SYSTEM_ADMIN));
    }

    void requireRecord(Actor actor) {
        require(mayRecord(actor));
    }

    void requireSetTopic(Actor actor) {
        require(maySetTopic(actor));
    }

    /** The units the actor sees, by id, in the tree's order: the filter of every list. */
    Map<Long, Unit> visibleUnits(Actor actor) {
        enablement.requireEnabled(actor.organisationId(), TheoryModule.ID);
        Map<Long, Unit> visible = new LinkedHashMap<>();
        units.tree(actor, false).forEach(unit -> visible.put(unit.id(), unit));
        return visible;
    }

    /** The party bodies among {@code units}, in their order: those that owe a session or a plan. */
    static List<Unit> partyBodies(Collection<Unit> units) {
        return units.stream().filter(unit -> PARTY_BODIES.contains(unit.kind())).toList();
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException("access.forbidden", messages.get("access.forbidden"));
        }
    }
}
