package vn.trienkhai.core.task;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.trienkhai.core.document.DocumentEvents.DocumentRemoving;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.task.internal.TaskRepositories.PartRepository;

/**
 * A document whose tasks units have worked on stays: deleting it would take their reported progress with it. One
 * registered by mistake, not yet worked on, goes with its tasks' parts and occurrences.
 */
@Singleton
class TaskRemovalGuard {

    private final PartRepository parts;
    private final Messages messages;

    TaskRemovalGuard(PartRepository parts, Messages messages) {
        this.parts = parts;
        this.messages = messages;
    }

    @EventListener
    void onDocumentRemoving(DocumentRemoving event) {
        long worked = parts.countWorkedOnByDocument(event.documentId());
        if (worked > 0) {
            throw new ConflictException("document.has-task-work", messages.get("document.has-task-work", event.label(), worked));
        }
    }
}
