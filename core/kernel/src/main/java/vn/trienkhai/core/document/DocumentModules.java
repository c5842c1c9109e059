package vn.trienkhai.core.document;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditEntry.Action;
import vn.trienkhai.core.audit.AuditEntry.Change;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.document.internal.DocumentModuleRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.module.ModuleEnablement;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The directive domains ("Lĩnh vực") a document belongs to: ids of modules, which the task lists filter by. They are
 * chosen by whoever may correct the document, among the modules the organisation has enabled; a module switched off
 * since it was chosen stays on the document until someone removes it, so that choosing another does not fail on it.
 * The set is replaced whole, without a version: choosing a domain changes nothing else of the document, and two
 * people choosing at once are serialised on the document's row, each change audited.
 */
@Singleton
public class DocumentModules {

    static final String FIELD = "moduleIds";

    private final DocumentAccess access;
    private final DocumentModuleRepository modules;
    private final ModuleEnablement enablement;
    private final AuditTrail audit;
    private final Messages messages;

    DocumentModules(DocumentAccess access, DocumentModuleRepository modules, ModuleEnablement enablement, AuditTrail audit,
                    Messages messages) {
        this.access = access;
        this.modules = modules;
        this.enablement = enablement;
        this.audit = audit;
        this.messages = messages;
    }

    /** The ids of the document's modules, in alphabetical order. */
    @ReadOnly
    public List<String> list(Actor actor, long documentId) {
        return modules.findModuleIds(access.readable(actor, documentId).id());
    }

    /**
     * Replaces the document's modules by {@code moduleIds} and returns them as stored. An id that is not an enabled
     * module of the organisation is refused on {@value #FIELD}, and then nothing changes.
     */
    @Transactional
    public List<String> set(Actor actor, long documentId, List<String> moduleIds) {
        DocumentRow document = access.changeable(actor, documentId, Operation.DOCUMENT_REGISTER);
        if (moduleIds == null) {
            throw InvalidRequestException.field(FIELD, "document.modules.required", messages.get("document.modules.required"));
        }
        modules.lockDocument(documentId);
        List<String> before = modules.findModuleIds(documentId);
        Set<String> enabled = enablement.enabledModules(document.organisationId());
        Set<String> after = new TreeSet<>();
        FieldErrors errors = new FieldErrors(messages);
        for (String requested : moduleIds) {
            String id = requested == null ? "" : requested.strip();
            if (enabled.contains(id) || before.contains(id)) {
                after.add(id);
            } else {
                errors.add(FIELD, "document.module.unknown", id);
            }
        }
        errors.throwIfAny();
        if (after.equals(Set.copyOf(before))) {
            return before;
        }
        before.stream().filter(id -> !after.contains(id)).forEach(id -> modules.remove(documentId, id));
        after.stream().filter(id -> !before.contains(id)).forEach(id -> modules.add(documentId, id));
        audit.record(actor, document.organisationId(), "document_module", documentId, Action.UPDATE, DocumentWriter.label(document),
                List.of(new Change(FIELD, joined(before), joined(after))));
        return List.copyOf(after);
    }

    private static String joined(Collection<String> ids) {
        return ids.isEmpty() ? null : String.join(", ", ids);
    }
}
