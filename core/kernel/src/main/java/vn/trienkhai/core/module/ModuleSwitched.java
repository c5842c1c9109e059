package vn.trienkhai.core.module;

import vn.trienkhai.core.access.Actor;

/**
 * A module was switched on or off for the actor's organisation; published in the switch's transaction, so that what
 * the core keeps per module (its indicators in the catalogue) follows, or the switch rolls back.
 */
public record ModuleSwitched(Actor actor, long organisationId, String moduleId, boolean enabled) {
}
