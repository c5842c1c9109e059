package vn.trienkhai.core.record;

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
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.util.function.ToLongFunction;

/**
 * The steps a module's records share, so that each service keeps only its own rules: finding one in the actor's
 * organisation and scope with the module enabled ("not found" otherwise, as the API gate answers), checking the unit
 * and version a request names, and writing it with its audit entry, a stale version answered as a conflict. A module
 * takes its own with {@link #of}; the messages are its {@code <module>.version.required} and
 * {@code <module>.changed-by-someone-else}.
 */
@Singleton
public class ModuleRecords {

    private final ModuleEnablement enablement;
    private final UnitService units;
    private final AuditTrail audit;
    private final Messages messages;

    ModuleRecords(ModuleEnablement enablement, UnitService units, AuditTrail audit, Messages messages) {
        this.enablement = enablement;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    public Records of(String moduleId) {
        return new Records(moduleId);
    }

    /** One module's records. */
    public final class Records {

        private final String moduleId;

        private Records(String moduleId) {
            this.moduleId = moduleId;
        }

        /** The unit, "not found" outside the actor's scope or organisation, or when the module is off. */
        public Unit unit(Actor actor, long unitId) {
            enablement.requireEnabled(actor.organisationId(), moduleId);
            return units.get(actor, unitId);
        }

        /** The row, "not found" when another organisation's or about a unit outside the actor's scope. */
        public <R extends Record & OwnedRow> R find(Actor actor, CrudRepository<R, Long> repository, long id, ToLongFunction<R> unitOf,
                                                    String notFoundKey) {
            enablement.requireEnabled(actor.organisationId(), moduleId);
            R row = repository.findById(id).filter(found -> found.organisationId() == actor.organisationId())
                    .orElseThrow(() -> new NotFoundException(notFoundKey, messages.get(notFoundKey)));
            unit(actor, unitOf.applyAsLong(row));
            return row;
        }

        /** The unit a request names, in the actor's scope; null with a field error ({@code requiredKey}) when it names none. */
        @Nullable
        public Unit requestedUnit(Actor actor, FieldErrors errors, String field, @Nullable Long unitId, String requiredKey) {
            if (unitId == null) {
                errors.add(field, requiredKey);
                return null;
            }
            return unit(actor, unitId);
        }

        /** A correction must say which version it corrects, so that it cannot overwrite a change it has not seen. */
        public void checkVersion(FieldErrors errors, @Nullable Object before, @Nullable Long version) {
            if (before != null && version == null) {
                errors.add("version", moduleId + ".version.required");
            }
        }

        /** Inserts {@code row} ({@code before} null) or updates it, and audits the write under {@code label}. */
        public <R extends Record & OwnedRow> R write(Actor actor, CrudRepository<R, Long> repository, String entity, @Nullable R before,
                                                     R row, String label) {
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
                String key = moduleId + ".changed-by-someone-else";
                throw new ConflictException(key, messages.get(key));
            }
        }
    }
}
