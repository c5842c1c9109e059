package vn.trienkhai.workbench;

import vn.trienkhai.core.access.Actor;

/** What a tab on a document's page is shown for. */
public record DocumentPage(Actor actor, long documentId) {
}
