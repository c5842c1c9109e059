package vn.trienkhai.core.document;

import vn.trienkhai.core.access.Actor;

/**
 * What the document services tell the features that follow documents up, within the transaction that made the
 * change: a listener's refusal rolls the change back.
 */
public final class DocumentEvents {

    private DocumentEvents() {
    }

    /** A document's tasks were written (an import, or a task added by hand): they are to be assigned. */
    public record TasksRecorded(Actor actor, long organisationId, long documentId) {
    }

    /** {@code planId} now implements {@code implementedId}: a unit's own plan may fulfil a task asking for it. */
    public record PlanLinked(Actor actor, long planId, long implementedId) {
    }

    /** A document is about to be deleted with its tasks; a listener refuses by throwing a domain exception. */
    public record DocumentRemoving(Actor actor, long documentId, String label) {
    }
}
