package vn.trienkhai.workbench;

import vn.trienkhai.core.access.Actor;

/** What a dashboard card is shown for: the one who looks at it. */
public record DashboardContext(Actor actor) {
}
