package vn.trienkhai.core.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.audit.AuditEntry.Action;
import vn.trienkhai.core.audit.AuditEntry.Change;
import vn.trienkhai.core.audit.internal.AuditChangeRow;
import vn.trienkhai.core.audit.internal.AuditEntryRepository;
import vn.trienkhai.core.audit.internal.AuditEntryRow;
import vn.trienkhai.core.audit.internal.AuditChangeRepository;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records every create, update and delete in the append-only audit log, in the same transaction as the change
 * (a change that rolls back leaves no entry). It offers no way to edit or remove an entry; on PostgreSQL a
 * trigger refuses UPDATE and DELETE on the log's tables as well.
 */
@Singleton
public class AuditTrail {

    /** Fields that are bookkeeping, not content: never listed as changes. */
    private static final Set<String> IGNORED = Set.of("version", "searchKey", "sortKey", "passwordHash");
    private static final int VALUE_MAX = 2000;

    private final AuditEntryRepository entries;
    private final AuditChangeRepository changes;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditChangeRepository changes, Clock clock) {
        this.entries = entries;
        this.changes = changes;
        this.clock = clock;
    }

    /** Records that {@code after} was created. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void created(Actor actor, Long organisationId, String entityType, long entityId, String summary, Record after) {
        record(actor, organisationId, entityType, entityId, Action.CREATE, summary, diff(null, after));
    }

    /** Records the fields that differ between {@code before} and {@code after}. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void updated(Actor actor, Long organisationId, String entityType, long entityId, String summary, Record before, Record after) {
        record(actor, organisationId, entityType, entityId, Action.UPDATE, summary, diff(before, after));
    }

    /** Records a change given as explicit fields, for changes that are not one record's new state. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Actor actor, Long organisationId, String entityType, long entityId, Action action, String summary,
                       List<Change> fieldChanges) {
        AuditEntryRow entry = entries.save(new AuditEntryRow(null, clock.instant(), actor.accountId() == 0 ? null : actor.accountId(),
                actor.login(), organisationId, entityType, entityId, action.name(), truncate(summary)));
        for (Change change : fieldChanges) {
            changes.save(new AuditChangeRow(null, entry.id(), change.field(), truncate(change.oldValue()), truncate(change.newValue())));
        }
    }

    /** The record components whose values differ; with no {@code before}, every non-empty component. */
    static List<Change> diff(Record before, Record after) {
        List<Change> result = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (IGNORED.contains(component.getName())) {
                continue;
            }
            Object oldValue = before == null ? null : value(component, before);
            Object newValue = value(component, after);
            if (!Objects.equals(oldValue, newValue)) {
                result.add(new Change(component.getName(), text(oldValue), text(newValue)));
            }
        }
        return result;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String truncate(String value) {
        // the log keeps the start of an overlong value and says so, rather than failing the change it records
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }
}
