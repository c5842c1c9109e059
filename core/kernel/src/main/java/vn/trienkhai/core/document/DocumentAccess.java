package vn.trienkhai.core.document;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.internal.DocumentRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.unit.UnitPath;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who sees and who changes a document (DD002).
 *
 * <p>A document issued in the tree is visible above every unit it concerns — its issuer, the unit holding it, its
 * recipients, the lead and coordinating units of its tasks — to the committees supervising them, and below those
 * that carry it out (issuer, holder, recipients "for execution", task units) to their subtrees. A district's plan
 * is thus seen by the province, by that district's departments and communes, and by whoever it is sent to; a
 * commune's report to its district is seen by the district and the province, not by the next commune.
 * A document from outside the tree (a central directive, a state decision, a citation) is public to the
 * organisation.
 *
 * <p>Only the subtree of the unit holding a document changes it: its record, its attachments, its number counter.
 * Whoever cannot see a document is told it does not exist; whoever sees it without holding it is refused.
 */
@Singleton
class DocumentAccess {

    private final DocumentRepository documents;
    private final AccessPolicy policy;
    private final Messages messages;

    DocumentAccess(DocumentRepository documents, AccessPolicy policy, Messages messages) {
        this.documents = documents;
        this.policy = policy;
        this.messages = messages;
    }

    /** The document, if the actor may read it. */
    DocumentRow readable(Actor actor, long id) {
        DocumentRow row = documents.findById(id)
                .filter(document -> inOrganisation(actor, document) && sees(actor, List.of(document.id())).contains(id))
                .orElseThrow(() -> new NotFoundException("document.not-found", messages.get("document.not-found")));
        policy.require(actor, Operation.DOCUMENT_READ);
        return row;
    }

    /** The document, if the actor may do {@code operation} to it: it must be held within the actor's subtree. */
    DocumentRow changeable(Actor actor, long id, Operation operation) {
        DocumentRow row = readable(actor, id);
        policy.require(actor, operation);
        requireHeld(actor, row);
        return row;
    }

    void requireHeld(Actor actor, DocumentRow row) {
        if (!holds(actor, row)) {
            throw new ForbiddenException("document.change.forbidden", messages.get("document.change.forbidden"));
        }
    }

    boolean holds(Actor actor, DocumentRow row) {
        return row.id() == null || actor.has(Role.SYSTEM_ADMIN) || documents.countOwnedWithin(row.id(), subtree(actor)) > 0;
    }

    /** The documents among {@code candidates} the actor may read, in their order. */
    List<Document> visibleOnly(Actor actor, List<Document> candidates) {
        Set<Long> visible = sees(actor, candidates.stream().map(Document::id).toList());
        return candidates.stream().filter(document -> visible.contains(document.id())).toList();
    }

    Set<Long> sees(Actor actor, Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(documents.findVisible(ids, seesEverything(actor), lineage(actor), subtree(actor)));
    }

    /**
     * Whether the actor sees every document of the organisation: the installation's administrators, and whoever is
     * homed at the root, whose subtree holds every document's holder.
     */
    static boolean seesEverything(Actor actor) {
        return actor.has(Role.SYSTEM_ADMIN) || UnitPath.depth(actor.scopePath()) == 0;
    }

    /** The subtree pattern the actor's queries run in. */
    static String subtree(Actor actor) {
        return UnitPath.subtreePattern(actor.scopePath());
    }

    /** The ids of the actor's home unit and its ancestors. */
    static List<Long> lineage(Actor actor) {
        return UnitPath.ids(actor.scopePath());
    }

    private static boolean inOrganisation(Actor actor, DocumentRow row) {
        return row.organisationId() == actor.organisationId() || actor.has(Role.SYSTEM_ADMIN);
    }
}
