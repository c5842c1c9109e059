package vn.trienkhai.modules.ideology;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.ideology.internal.OrganisationRow;

import java.util.function.ToLongFunction;

/**
 * The steps every record of the module shares: finding one in the actor's organisation and scope, checking the unit
 * and version a request names, and writing it with its audit entry, a stale version answered as a conflict.
 */
@Singleton
class RecordStore {

    private final IdeologyAccess access;
    private final AuditTrail audit;
    private final Messages messages;

    RecordStore(IdeologyAccess access, AuditTrail audit, Messages messages) {
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** The row, "not found" when another organisation's or about a unit outside the actor's scope. */
    <R extends Record & OrganisationRow> R find(Actor actor, CrudRepository<R, Long> repository, long id, ToLongFunction<R> unitOf,
                                       String notFoundKey) {
        access.requireEnabled(actor);
        R row = repository.findById(id).filter(found -> found.organisationId() == actor.organisationId())
                .orElseThrow(() -> new NotFoundException(notFoundKey, messages.get(notFoundKey)));
        access.unit(actor, unitOf.applyAsLong(row));
        return row;
    }

    /** The unit a request names, in the actor's scope; null with a field error when it names none. */
    @Nullable
    Unit unit(Actor actor, FieldErrors errors, String field, @Nullable Long unitId) {
        if (unitId == null) {
            errors.add(field, "ideology.opinion.unit.required");
            return null;
        }
        return access.unit(actor, unitId);
    }

    /** A correction must say which version it corrects, so that it cannot overwrite a change it has not seen. */
    static void checkVersion(FieldErrors errors, @Nullable Object before, @Nullable Long version) {
        if (before != null && version == null) {
            errors.add("version", "ideology.version.required");
        }
    }

    /** Inserts {@code row} ({@code before} null) or updates it, and audits the write under {@code label}. */
    <R extends Record & OrganisationRow> R write(Actor actor, CrudRepository<R, Long> repository, String entity, @Nullable R before, R row,
                                        String label) {
        try {
            if (before == null) {
                R created = repository.save(row);
                audit.created(actor, row.organisationId(), entity, created.id(), label, created);
                return created;
            }
            R updated = repository.update(row);
            audit.updated(actor, row.organisationId(), entity, updated.id(), label, before, updated);
            return updated;
        } catch (OptimisticLockException stale) {
            throw new ConflictException("ideology.changed-by-someone-else", messages.get("ideology.changed-by-someone-else"));
        }
    }
}
