package vn.trienkhai.core.unit;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.text.CleanText;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.UpdateUnitRequest;
import vn.trienkhai.core.unit.internal.UnitHistoryRepository;
import vn.trienkhai.core.unit.internal.UnitHistoryRow;
import vn.trienkhai.core.unit.internal.UnitRepository;
import vn.trienkhai.core.unit.internal.UnitRow;
import vn.trienkhai.core.unit.internal.UnitStore;
import vn.trienkhai.core.unit.internal.UnitSuccessionRepository;
import vn.trienkhai.core.unit.internal.UnitSuccessionRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Reading an organisation's unit tree, and creating and editing its units. Restructuring is {@link UnitRestructuring}. */
@Singleton
public class UnitService {

    private final UnitRepository units;
    private final UnitHistoryRepository history;
    private final UnitSuccessionRepository successions;
    private final UnitStore store;
    private final UnitChecks checks;
    private final AccessPolicy policy;
    private final Clock clock;

    UnitService(UnitRepository units, UnitHistoryRepository history, UnitSuccessionRepository successions,
                UnitStore store, UnitChecks checks, AccessPolicy policy, Clock clock) {
        this.units = units;
        this.history = history;
        this.successions = successions;
        this.store = store;
        this.checks = checks;
        this.policy = policy;
        this.clock = clock;
    }

    /** The units in the actor's scope as they are now, parents before children; ended units only when asked. */
    @ReadOnly
    public List<Unit> tree(Actor actor, boolean includeEnded) {
        policy.require(actor, Operation.UNIT_READ);
        String scope = UnitPath.subtreePattern(actor.scopePath());
        List<UnitRow> rows = includeEnded ? units.findAllByPathLike(actor.organisationId(), scope)
                : units.findActiveTree(actor.organisationId(), scope);
        return rows.stream().map(UnitStore::toUnit).toList();
    }

    /** The units in the actor's scope as they were on {@code date}: names, codes and places of that day. */
    @ReadOnly
    public List<Unit> treeAsOf(Actor actor, LocalDate date) {
        policy.require(actor, Operation.UNIT_READ);
        return history.findValidOn(actor.organisationId(), date).stream()
                .filter(revision -> actor.covers(revision.path()))
                .map(revision -> new Unit(revision.unitId(), revision.organisationId(), revision.parentId(),
                        UnitKind.valueOf(revision.kind()), revision.code(), revision.name(), revision.path(),
                        revision.depth(), revision.validFrom(), revision.validTo(), 0))
                .sorted((left, right) -> left.depth() != right.depth()
                        ? Integer.compare(left.depth(), right.depth())
                        : VietnameseText.order().compare(left.name(), right.name()))
                .toList();
    }

    @ReadOnly
    public Unit get(Actor actor, long id) {
        return UnitStore.toUnit(checks.visible(actor, id, Operation.UNIT_READ));
    }

    /**
     * The unit, if it exists in the actor's scope. Unlike {@link #get} it throws nothing when it does not, so that a
     * caller filtering many units inside its own transaction does not leave that transaction marked for rollback.
     */
    @ReadOnly
    public Optional<Unit> find(Actor actor, long id) {
        return units.findById(id).filter(unit -> policy.inScope(actor, unit.organisationId(), unit.path())).map(UnitStore::toUnit);
    }

    /** The unit and every active unit below it. */
    @ReadOnly
    public List<Unit> subtree(Actor actor, long id) {
        UnitRow root = checks.visible(actor, id, Operation.UNIT_READ);
        return units.findActiveByPathLike(UnitPath.subtreePattern(root.path())).stream().map(UnitStore::toUnit).toList();
    }

    /** The unit's ancestors within the actor's scope, the highest first. */
    @ReadOnly
    public List<Unit> ancestors(Actor actor, long id) {
        Unit unit = UnitStore.toUnit(checks.visible(actor, id, Operation.UNIT_READ));
        List<Long> ids = unit.ancestorIds();
        return ids.isEmpty() ? List.of() : units.findByIdsOrderByDepth(ids).stream()
                .filter(row -> actor.covers(row.path())).map(UnitStore::toUnit).toList();
    }

    /** Active units whose name or code contains {@code query}, ignoring case and diacritics, in Vietnamese order. */
    @ReadOnly
    public Page<Unit> search(Actor actor, String query, Pageable pageable) {
        policy.require(actor, Operation.UNIT_READ);
        String pattern = "%" + VietnameseText.fold(query).replace("%", "").replace("_", "") + "%";
        return units.searchActive(actor.organisationId(), UnitPath.subtreePattern(actor.scopePath()), pattern, pageable)
                .map(UnitStore::toUnit);
    }

    /** The unit's revisions, oldest first. */
    @ReadOnly
    public List<UnitRevision> history(Actor actor, long id) {
        checks.visible(actor, id, Operation.UNIT_READ);
        return history.findByUnitIdOrderByValidFrom(id).stream().map(UnitService::toRevision).toList();
    }

    /** The restructurings the unit came from and went into. */
    @ReadOnly
    public List<UnitSuccession> successions(Actor actor, long id) {
        checks.visible(actor, id, Operation.UNIT_READ);
        return Stream.concat(successions.findBySuccessorId(id).stream(), successions.findByPredecessorId(id).stream())
                .map(row -> new UnitSuccession(row.predecessorId(), row.successorId(),
                        UnitSuccession.Kind.valueOf(row.changeKind()), row.effectiveOn()))
                .toList();
    }

    @Transactional
    public Unit create(Actor actor, CreateUnitRequest request) {
        UnitRow parent = checks.active(actor, request.parentId(), "parentId", Operation.UNIT_CREATE);
        LocalDate validFrom = Objects.requireNonNullElseGet(request.validFrom(), () -> LocalDate.now(clock));
        FieldErrors errors = checks.errors();
        checks.details(errors, parent, List.of(), request.kind(), request.code(), request.name());
        errors.checkDate("validFrom", validFrom);
        checks.notBefore(errors, "validFrom", validFrom, parent.validFrom());
        errors.throwIfAny();
        return UnitStore.toUnit(store.insert(actor, parent, request.kind(), CleanText.name(request.code()),
                CleanText.name(request.name()), validFrom));
    }

    /** Changes kind, code or name; see {@link UpdateUnitRequest} for how the date decides between renaming and correcting. */
    @Transactional
    public Unit update(Actor actor, long id, UpdateUnitRequest request) {
        UnitRow current = checks.active(actor, id, "id", Operation.UNIT_UPDATE);
        LocalDate effectiveOn = Objects.requireNonNullElseGet(request.effectiveOn(), () -> LocalDate.now(clock));
        UnitRow parent = current.parentId() == null ? null : units.findById(current.parentId()).orElseThrow();
        FieldErrors errors = checks.errors();
        checks.details(errors, parent, List.of(id), request.kind(), request.code(), request.name());
        errors.checkDate("effectiveOn", effectiveOn);
        checks.notBefore(errors, "effectiveOn", effectiveOn, store.currentRevisionStart(id));
        errors.throwIfAny();
        UnitRow changed = UnitStore.withDetails(current, request.kind(), CleanText.name(request.code()), CleanText.name(request.name()))
                .withVersion(request.version());
        return UnitStore.toUnit(store.revise(actor, current, changed, effectiveOn));
    }

    private static UnitRevision toRevision(UnitHistoryRow row) {
        return new UnitRevision(row.validFrom(), row.validTo(), UnitKind.valueOf(row.kind()), row.code(), row.name(),
                row.parentId(), row.path());
    }
}
