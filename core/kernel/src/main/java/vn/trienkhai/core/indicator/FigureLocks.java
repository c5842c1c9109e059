package vn.trienkhai.core.indicator;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditEntry.Action;
import vn.trienkhai.core.audit.AuditEntry.Change;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.FigureLockRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRows.FigureLockRow;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.util.List;

/**
 * Closes a unit's figures of a period for editing, as a report's approval will: a locked unit and period refuses
 * every figure change with a message saying so, until it is unlocked. Locks are per exact period: locking a year
 * does not lock its quarters.
 */
@Singleton
public class FigureLocks {

    private final FigureLockRepository locks;
    private final UnitService units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    FigureLocks(FigureLockRepository locks, UnitService units, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.locks = locks;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void lock(Actor actor, long unitId, Period period) {
        Unit unit = units.get(actor, unitId);
        policy.require(actor, Operation.FIGURE_LOCK);
        if (isLocked(unitId, period)) {
            return;
        }
        FigureLockRow row = locks.save(new FigureLockRow(null, unit.organisationId(), unitId, period.kind().name(), period.start(),
                actor.login(), clock.instant()));
        audit.created(actor, unit.organisationId(), "figure_lock", row.id(), unit.name() + " " + period.label(), row);
    }

    @Transactional
    public void unlock(Actor actor, long unitId, Period period) {
        Unit unit = units.get(actor, unitId);
        policy.require(actor, Operation.FIGURE_LOCK);
        locks.findByUnitIdAndPeriodKindAndPeriodStart(unitId, period.kind().name(), period.start()).ifPresent(row -> {
            locks.delete(row);
            audit.record(actor, unit.organisationId(), "figure_lock", row.id(), Action.DELETE, unit.name() + " " + period.label(),
                    List.of(new Change("periodStart", period.code(), null)));
        });
    }

    @ReadOnly
    public boolean isLocked(long unitId, Period period) {
        return locks.findByUnitIdAndPeriodKindAndPeriodStart(unitId, period.kind().name(), period.start()).isPresent();
    }
}
