package vn.trienkhai.core.unit;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
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
import java.util.stream.Stream;

/** Reading an organisation's unit tree, and creating and editing its units. Restructuring is {@link UnitRestructuring}. */
@Singleton
public class UnitService {

    private final UnitRepository units;
    private final UnitHistoryRepository history;
    private final UnitSuccessionRepository successions;
    private final UnitStore store;
    private final UnitChecks checks;
    private final Clock clock;

    UnitService(UnitRepository units, UnitHistoryRepository history, UnitSuccessionRepository successions,
                UnitStore store, UnitChecks checks, Clock clock) {
        this.units = units;
        this.history = history;
        this.successions = successions;
        this.store = store;
        this.checks = checks;
        this.clock = clock;
    }

    /** The organisation's units as they are now, parents before children; ended units only when asked. */
    @ReadOnly
    public List<Unit> tree(Actor actor, boolean includeEnded) {
        List<UnitRow> rows = includeEnded ? units.findWholeTree(actor.organisationId()) : units.findActiveTree(actor.organisationId());
        return rows.stream().map(UnitStore::toUnit).toList();
    }

    /** The organisation's units as they were on {@code date}: names, codes and places of that day. */
    @ReadOnly
    public List<Unit> treeAsOf(Actor actor, LocalDate date) {
        return history.findValidOn(actor.organisationId(), date).stream()
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
        return UnitStore.toUnit(checks.visible(actor, id));
    }

    /** The unit and every active unit below it. */
    @ReadOnly
    public List<Unit> subtree(Actor actor, long id) {
        UnitRow root = checks.visible(actor, id);
        return units.findActiveByPathLike(UnitPath.subtreePattern(root.path())).stream().map(UnitStore::toUnit).toList();
    }

    /** The unit's ancestors, the organisation's root first. */
    @ReadOnly
    public List<Unit> ancestors(Actor actor, long id) {
        Unit unit = UnitStore.toUnit(checks.visible(actor, id));
        List<Long> ids = unit.ancestorIds();
        return ids.isEmpty() ? List.of() : units.findByIdsOrderByDepth(ids).stream().map(UnitStore::toUnit).toList();
    }

    /** Active units whose name or code contains {@code query}, ignoring case and diacritics, in Vietnamese order. */
    @ReadOnly
    public Page<Unit> search(Actor actor, String query, Pageable pageable) {
        String pattern = "%" + VietnameseText.fold(query).replace("%", "").replace("_", "") + "%";
        return units.searchActive(actor.organisationId(), pattern, pageable).map(UnitStore::toUnit);
    }

    /** The unit's revisions, oldest first. */
    @ReadOnly
    public List<UnitRevision> history(Actor actor, long id) {
        checks.visible(actor, id);
        return history.findByUnitIdOrderByValidFrom(id).stream().map(UnitService::toRevision).toList();
    }

    /** The restructurings the unit came from and went into. */
    @ReadOnly
    public List<UnitSuccession> successions(Actor actor, long id) {
        checks.visible(actor, id);
        return Stream.concat(successions.findBySuccessorId(id).stream(), successions.findByPredecessorId(id).stream())
                .map(row -> new UnitSuccession(row.predecessorId(), row.successorId(),
                        UnitSuccession.Kind.valueOf(row.changeKind()), row.effectiveOn()))
                .toList();
    }

    @Transactional
    public Unit create(Actor actor, CreateUnitRequest request) {
        UnitRow parent = checks.active(actor, request.parentId(), "parentId");
        LocalDate validFrom = Objects.requireNonNullElseGet(request.validFrom(), () -> LocalDate.now(clock));
        UnitChecks.Errors errors = checks.errors();
        checks.details(errors, parent, List.of(), request.kind(), request.code(), request.name());
        checks.notBefore(errors, "validFrom", validFrom, parent.validFrom());
        errors.throwIfAny();
        return UnitStore.toUnit(store.insert(actor.organisationId(), parent, request.kind(), request.code().strip(),
                request.name().strip(), validFrom));
    }

    /** Changes kind, code or name; see {@link UpdateUnitRequest} for how the date decides between renaming and correcting. */
    @Transactional
    public Unit update(Actor actor, long id, UpdateUnitRequest request) {
        UnitRow current = checks.active(actor, id, "id");
        LocalDate effectiveOn = Objects.requireNonNullElseGet(request.effectiveOn(), () -> LocalDate.now(clock));
        UnitRow parent = current.parentId() == null ? null : units.findById(current.parentId()).orElseThrow();
        UnitChecks.Errors errors = checks.errors();
        checks.details(errors, parent, List.of(id), request.kind(), request.code(), request.name());
        checks.notBefore(errors, "effectiveOn", effectiveOn, store.currentRevisionStart(id));
        errors.throwIfAny();
        UnitRow changed = UnitStore.withDetails(current, request.kind(), request.code().strip(), request.name().strip())
                .withVersion(request.version());
        return UnitStore.toUnit(store.revise(current, changed, effectiveOn));
    }

    private static UnitRevision toRevision(UnitHistoryRow row) {
        return new UnitRevision(row.validFrom(), row.validTo(), UnitKind.valueOf(row.kind()), row.code(), row.name(),
                row.parentId(), row.path());
    }
}
