package vn.trienkhai.modules.culture.survey;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read and fill in the survey. Reading is reading figures, in scope. Filling in is entering figures, in scope,
 * for the departments' officers and the administrators by their role, and for a commune's reporter only when granted
 * the module's permission {@value #EDIT}: the survey is the propaganda department's, not every reporter's.
 */
@Singleton
public class CultureAccess {

    public static final String EDIT = "culture.survey.edit";
    private static final Set<Role> EDITING_ROLES = EnumSet.of(Role.SYSTEM_ADMIN, Role.ORGANISATION_ADMIN, Role.OFFICER);

    private final AccessPolicy policy;
    private final UnitService units;
    private final Messages messages;

    CultureAccess(AccessPolicy policy, UnitService units, Messages messages) {
        this.policy = policy;
        this.units = units;
        this.messages = messages;
    }

    /** The commune, when the actor may read it; a unit out of scope is not found. */
    public Unit readableCommune(Actor actor, long communeId) {
        policy.require(actor, Operation.FIGURE_READ);
        return ofKind(units.get(actor, communeId), UnitKind.COMMUNE, "communeId");
    }

    public boolean mayEdit(Actor actor) {
        return policy.allows(actor, Operation.FIGURE_ENTER)
                && (actor.roles().stream().anyMatch(EDITING_ROLES::contains) || actor.permissions().contains(EDIT));
    }

    /** The unit (a commune or a village, {@code field} names it in the request), when the actor may fill in its survey. */
    Unit editable(Actor actor, long unitId, UnitKind kind, String field) {
        Unit unit = ofKind(units.get(actor, unitId), kind, field);
        policy.requireInScope(actor, unit.organisationId(), unit.path());
        if (!mayEdit(actor)) {
            throw new ForbiddenException("access.forbidden", messages.get("access.forbidden"));
        }
        return unit;
    }

    private Unit ofKind(Unit unit, UnitKind kind, String field) {
        if (unit.kind() != kind) {
            throw InvalidRequestException.field(field, "culture.unit.wrong-kind", messages.get("culture.unit.wrong-kind",
                    unit.name(), messages.get(kind.labelKey())));
        }
        return unit;
    }
}
