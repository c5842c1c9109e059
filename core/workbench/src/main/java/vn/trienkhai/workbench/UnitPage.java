package vn.trienkhai.workbench;

import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.Unit;

/** What a tab on a unit's page is shown for. */
public record UnitPage(Actor actor, Unit unit) {
}
