package vn.trienkhai.modules.theory;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentCascade;
import vn.trienkhai.core.document.DocumentModel.CascadeNode;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.error.NotFoundException;
import io.micronaut.data.model.Pageable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The core's documents as the module names and walks them: what a session studies, and the plans implementing it. */
@Singleton
class StudyDocuments {

    private static final int CHOICES = 200;

    private final DocumentRegistry registry;
    private final DocumentCascade cascade;

    StudyDocuments(DocumentRegistry registry, DocumentCascade cascade) {
        this.registry = registry;
        this.cascade = cascade;
    }

    /** The document the actor may read, or empty. */
    Optional<Document> find(Actor actor, long documentId) {
        try {
            return Optional.of(registry.get(actor, documentId).document());
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** The documents a session may be recorded for, the latest first. */
    List<Document> choices(Actor actor) {
        return registry.search(actor, new DocumentFilter(null, null, null, null, null), Pageable.from(0, CHOICES)).getContent();
    }

    /** The document and every plan implementing it down the cascade, as far as the actor may read. */
    List<Long> withImplementing(Actor actor, long documentId) {
        List<Long> ids = new ArrayList<>();
        collect(cascade.cascade(actor, documentId).tree(), ids);
        return ids;
    }

    /** "44-CT/TW" or, for a document without a number, its title. */
    static String label(Document document) {
        return document.symbol() == null ? document.title() : document.symbol();
    }

    private static void collect(CascadeNode node, List<Long> ids) {
        ids.add(node.document().id());
        node.implementedBy().forEach(child -> collect(child, ids));
    }
}
