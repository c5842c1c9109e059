package vn.trienkhai.core.unit.internal;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;

import java.time.LocalDate;

/**
 * Writes units together with their history, so that no change of name, code or place is lost: every write
 * of a {@link UnitRow} is matched by the revision in {@link UnitHistoryRow} that it opens, corrects or ends.
 */
@Singleton
public class UnitStore {

    private static final String ENTITY = "unit";

    private final UnitRepository units;
    private final UnitHistoryRepository history;
    private final AuditTrail audit;
    private final Messages messages;

    UnitStore(UnitRepository units, UnitHistoryRepository history, AuditTrail audit, Messages messages) {
        this.units = units;
        this.history = history;
        this.audit = audit;
        this.messages = messages;
    }

    /** Inserts a unit under {@code parent} (null for an organisation's root) and opens its first revision. */
    public UnitRow insert(Actor actor, UnitRow parent, UnitKind kind, String code, String name, LocalDate validFrom) {
        return insert(actor, parent == null ? actor.organisationId() : parent.organisationId(), parent, kind, code, name, validFrom);
    }

    /** Inserts the root of a new organisation's tree. */
    public UnitRow insertRoot(Actor actor, long organisationId, UnitKind kind, String code, String name, LocalDate validFrom) {
        return insert(actor, organisationId, null, kind, code, name, validFrom);
    }

    private UnitRow insert(Actor actor, long organisationId, UnitRow parent, UnitKind kind, String code, String name, LocalDate validFrom) {
        UnitRow placeholder = units.save(new UnitRow(null, organisationId, parent == null ? null : parent.id(),
                kind.name(), code, name, searchKey(code, name), VietnameseText.sortKey(name), "/", 0, validFrom, null, null));
        // the path holds the unit's own id, known only after the insert
        String path = parent == null ? UnitPath.root(placeholder.id()) : UnitPath.child(parent.path(), placeholder.id());
        UnitRow row = units.update(withPlace(placeholder, placeholder.parentId(), path));
        history.save(revisionOf(row, validFrom));
        audit.created(actor, organisationId, ENTITY, row.id(), name, row);
        return row;
    }

    /**
     * Gives {@code current} a new kind, code, name or place from {@code effectiveOn}. On the day its current
     * revision began the revision is corrected; later, that revision ends and a new one begins.
     */
    public UnitRow revise(Actor actor, UnitRow current, UnitRow changed, LocalDate effectiveOn) {
        UnitRow saved = update(changed);
        audit.updated(actor, current.organisationId(), ENTITY, current.id(), current.name(), current, saved);
        UnitHistoryRow revision = history.findCurrent(current.id()).orElseThrow();
        if (revision.validFrom().equals(effectiveOn)) {
            history.update(new UnitHistoryRow(revision.id(), saved.id(), saved.organisationId(), saved.parentId(),
                    saved.kind(), saved.code(), saved.name(), saved.path(), saved.depth(), revision.validFrom(), null));
        } else {
            history.update(revision.endingOn(effectiveOn));
            history.save(revisionOf(saved, effectiveOn));
        }
        return saved;
    }

    /** Ends the unit: it no longer exists from {@code date}. */
    public UnitRow end(Actor actor, UnitRow current, LocalDate date) {
        UnitRow ended = update(new UnitRow(current.id(), current.organisationId(), current.parentId(), current.kind(),
                current.code(), current.name(), current.searchKey(), current.sortKey(), current.path(), current.depth(),
                current.validFrom(), date, current.version()));
        history.findCurrent(current.id()).ifPresent(revision -> history.update(revision.endingOn(date)));
        audit.updated(actor, current.organisationId(), ENTITY, current.id(), current.name(), current, ended);
        return ended;
    }

    /** The date the unit's current revision began: no change may take effect before it. */
    public LocalDate currentRevisionStart(long unitId) {
        return history.findCurrent(unitId).map(UnitHistoryRow::validFrom).orElseThrow();
    }

    public static UnitRow withDetails(UnitRow row, UnitKind kind, String code, String name) {
        return new UnitRow(row.id(), row.organisationId(), row.parentId(), kind.name(), code, name,
                searchKey(code, name), VietnameseText.sortKey(name), row.path(), row.depth(), row.validFrom(),
                row.validTo(), row.version());
    }

    public static UnitRow withPlace(UnitRow row, Long parentId, String path) {
        return new UnitRow(row.id(), row.organisationId(), parentId, row.kind(), row.code(), row.name(),
                row.searchKey(), row.sortKey(), path, UnitPath.depth(path), row.validFrom(), row.validTo(), row.version());
    }

    public static Unit toUnit(UnitRow row) {
        return new Unit(row.id(), row.organisationId(), row.parentId(), UnitKind.valueOf(row.kind()), row.code(),
                row.name(), row.path(), row.depth(), row.validFrom(), row.validTo(), row.version());
    }

    private UnitRow update(UnitRow row) {
        try {
            return units.update(row);
        } catch (OptimisticLockException staleVersion) {
            throw new ConflictException("unit.changed-by-someone-else", messages.get("unit.changed-by-someone-else", row.name()));
        }
    }

    private static UnitHistoryRow revisionOf(UnitRow row, LocalDate validFrom) {
        return new UnitHistoryRow(null, row.id(), row.organisationId(), row.parentId(), row.kind(), row.code(),
                row.name(), row.path(), row.depth(), validFrom, null);
    }

    private static String searchKey(String code, String name) {
        return VietnameseText.fold(name + " " + code);
    }
}
