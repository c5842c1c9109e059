package vn.trienkhai.core.unit;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.text.CleanText;
import vn.trienkhai.core.unit.UnitEvents.UnitMoved;
import vn.trienkhai.core.unit.UnitEvents.UnitSplit;
import vn.trienkhai.core.unit.UnitEvents.UnitsMerged;
import vn.trienkhai.core.unit.UnitRequests.MergeUnitsRequest;
import vn.trienkhai.core.unit.UnitRequests.MoveUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.NewSuccessor;
import vn.trienkhai.core.unit.UnitRequests.SplitUnitRequest;
import vn.trienkhai.core.unit.internal.UnitRepository;
import vn.trienkhai.core.unit.internal.UnitRow;
import vn.trienkhai.core.unit.internal.UnitStore;
import vn.trienkhai.core.unit.internal.UnitSuccessionRepository;
import vn.trienkhai.core.unit.internal.UnitSuccessionRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Moving, merging and splitting units, each dated. A merge or split never deletes: the old units end on the
 * date, their successors begin on it, a succession link joins them, and their children move to a successor,
 * so that the tree "as of" any earlier date is still the tree of that day.
 */
@Singleton
public class UnitRestructuring {

    private final UnitRepository units;
    private final UnitSuccessionRepository successions;
    private final UnitStore store;
    private final UnitChecks checks;
    private final Clock clock;
    private final ApplicationEventPublisher<UnitsMerged> mergedEvents;
    private final ApplicationEventPublisher<UnitSplit> splitEvents;
    private final ApplicationEventPublisher<UnitMoved> movedEvents;

    UnitRestructuring(UnitRepository units, UnitSuccessionRepository successions, UnitStore store, UnitChecks checks,
                      Clock clock, ApplicationEventPublisher<UnitsMerged> mergedEvents,
                      ApplicationEventPublisher<UnitSplit> splitEvents, ApplicationEventPublisher<UnitMoved> movedEvents) {
        this.units = units;
        this.successions = successions;
        this.store = store;
        this.checks = checks;
        this.clock = clock;
        this.mergedEvents = mergedEvents;
        this.splitEvents = splitEvents;
        this.movedEvents = movedEvents;
    }

    /** Moves the unit, with everything below it, under another parent from the given date. */
    @Transactional
    public Unit move(Actor actor, long id, MoveUnitRequest request) {
        UnitRow unit = checks.active(actor, id, "id", Operation.UNIT_RESTRUCTURE);
        UnitRow parent = checks.active(actor, request.parentId(), "parentId", Operation.UNIT_RESTRUCTURE);
        LocalDate date = dateOf(request.effectiveOn());
        FieldErrors errors = checks.errors();
        if (unit.parentId() == null) {
            errors.add("id", "unit.root.fixed");
        } else if (parent.path().startsWith(unit.path())) {
            errors.add("parentId", "unit.move.cycle", parent.name(), unit.name());
        } else if (Objects.equals(unit.parentId(), parent.id())) {
            errors.add("parentId", "unit.move.same-parent", parent.name());
        } else {
            checks.details(errors, parent, List.of(id), UnitKind.valueOf(unit.kind()), unit.code(), unit.name());
        }
        checkDate(errors, date, parent, List.of(unit));
        errors.throwIfAny();
        long fromParent = unit.parentId();
        UnitRow moved = relocate(actor, unit.withVersion(request.version()), parent, date);
        movedEvents.publishEvent(new UnitMoved(actor.organisationId(), id, fromParent, parent.id(), date));
        return UnitStore.toUnit(moved);
    }

    /** Ends the given units and creates the one that succeeds them; their children move to it. */
    @Transactional
    public Unit merge(Actor actor, MergeUnitsRequest request) {
        List<Long> ids = request.unitIds() == null ? List.of() : request.unitIds().stream().distinct().toList();
        // too few units or no parent are collected with the rest, not thrown at once, so a form marks every field
        FieldErrors errors = checks.errors();
        if (ids.size() < 2) {
            errors.add("unitIds", "unit.merge.too-few");
        }
        List<UnitRow> merged = ids.stream().map(id -> checks.active(actor, id, "unitIds", Operation.UNIT_RESTRUCTURE)).toList();
        UnitRow parent = request.parentId() == null ? null : checks.active(actor, request.parentId(), "parentId", Operation.UNIT_RESTRUCTURE);
        LocalDate date = dateOf(request.effectiveOn());
        merged.stream().filter(row -> row.parentId() == null).findFirst()
                .ifPresent(root -> errors.add("unitIds", "unit.root.fixed"));
        if (parent == null) {
            errors.add("parentId", "unit.required");
        } else {
            merged.stream().filter(row -> parent.path().startsWith(row.path())).findFirst()
                    .ifPresent(row -> errors.add("parentId", "unit.merge.parent-inside", parent.name(), row.name()));
            checkDate(errors, date, parent, merged);
        }
        checks.details(errors, parent, ids, request.kind(), request.code(), request.name());
        errors.throwIfAny();

        UnitRow successor = store.insert(actor, parent, request.kind(), CleanText.name(request.code()),
                CleanText.name(request.name()), date);
        for (UnitRow row : merged) {
            succeed(actor, row, List.of(successor), 0, UnitSuccession.Kind.MERGE, date);
        }
        mergedEvents.publishEvent(new UnitsMerged(actor.organisationId(), ids, successor.id(), date));
        return UnitStore.toUnit(successor);
    }

    /** Ends the unit and creates its successors beside it; its children move to the one chosen. */
    @Transactional
    public List<Unit> split(Actor actor, long id, SplitUnitRequest request) {
        UnitRow unit = checks.active(actor, id, "id", Operation.UNIT_RESTRUCTURE);
        List<NewSuccessor> wanted = request.successors() == null ? List.of() : request.successors();
        int childrenTo = Objects.requireNonNullElse(request.childrenTo(), 0);
        LocalDate date = dateOf(request.effectiveOn());
        FieldErrors errors = checks.errors();
        if (unit.parentId() == null) {
            errors.add("id", "unit.root.fixed").throwIfAny();
        }
        UnitRow parent = units.findById(unit.parentId()).orElseThrow();
        if (wanted.size() < 2) {
            errors.add("successors", "unit.split.too-few");
        }
        if (childrenTo < 0 || childrenTo >= Math.max(wanted.size(), 1)) {
            errors.add("childrenTo", "unit.split.children-target");
        }
        var codes = new HashSet<String>();
        for (int index = 0; index < wanted.size(); index++) {
            NewSuccessor successor = wanted.get(index);
            String prefix = "successors[" + index + "].";
            checks.details(errors, prefix, parent, List.of(id), successor.kind(), successor.code(), successor.name());
            if (successor.code() != null && !codes.add(CleanText.name(successor.code()).toLowerCase())) {
                errors.add(prefix + "code", "unit.split.same-code", CleanText.name(successor.code()));
            }
        }
        checkDate(errors, date, parent, List.of(unit));
        errors.throwIfAny();

        List<UnitRow> created = wanted.stream().map(successor -> store.insert(actor, parent,
                successor.kind(), CleanText.name(successor.code()), CleanText.name(successor.name()), date)).toList();
        succeed(actor, unit.withVersion(request.version()), created, childrenTo, UnitSuccession.Kind.SPLIT, date);
        List<Long> createdIds = created.stream().map(UnitRow::id).toList();
        splitEvents.publishEvent(new UnitSplit(actor.organisationId(), id, createdIds, date));
        return created.stream().map(UnitStore::toUnit).toList();
    }

    /** Moves the predecessor's children to one successor, ends the predecessor and links it to all successors. */
    private void succeed(Actor actor, UnitRow predecessor, List<UnitRow> successors, int childrenTo, UnitSuccession.Kind kind, LocalDate date) {
        for (UnitRow child : units.findActiveChildren(predecessor.id())) {
            relocate(actor, child, successors.get(childrenTo), date);
        }
        store.end(actor, predecessor, date);
        for (UnitRow successor : successors) {
            successions.save(new UnitSuccessionRow(null, predecessor.id(), successor.id(), kind.name(), date));
        }
    }

    /** Puts the unit under {@code parent} and rewrites the paths of everything below it, each with a new revision. */
    private UnitRow relocate(Actor actor, UnitRow unit, UnitRow parent, LocalDate date) {
        String oldPrefix = unit.path();
        String newPrefix = UnitPath.child(parent.path(), unit.id());
        List<UnitRow> below = units.findActiveByPathLike(UnitPath.subtreePattern(oldPrefix)).stream()
                .filter(row -> !row.id().equals(unit.id())).toList();
        UnitRow moved = store.revise(actor, unit, UnitStore.withPlace(unit, parent.id(), newPrefix), date);
        for (UnitRow row : below) {
            String path = newPrefix + row.path().substring(oldPrefix.length());
            store.revise(actor, row, UnitStore.withPlace(row, row.parentId(), path), date);
        }
        return moved;
    }

    /**
     * The date must be a sane one, and must not precede the parent's start nor the current revision of any unit the
     * change rewrites.
     */
    private void checkDate(FieldErrors errors, LocalDate date, UnitRow parent, List<UnitRow> changed) {
        errors.checkDate("effectiveOn", date);
        checks.notBefore(errors, "effectiveOn", date, parent.validFrom());
        List<UnitRow> rewritten = new ArrayList<>();
        for (UnitRow row : changed) {
            rewritten.addAll(units.findActiveByPathLike(UnitPath.subtreePattern(row.path())));
        }
        rewritten.stream().map(row -> store.currentRevisionStart(row.id())).max(LocalDate::compareTo)
                .ifPresent(latest -> checks.notBefore(errors, "effectiveOn", date, latest));
    }

    private LocalDate dateOf(LocalDate requested) {
        return Objects.requireNonNullElseGet(requested, () -> LocalDate.now(clock));
    }
}
