package vn.trienkhai.core.unit;

import java.time.LocalDate;
import java.util.List;

/** Past-tense events of the unit tree; modules listen to them after commit to carry their records over. */
public final class UnitEvents {

    private UnitEvents() {
    }

    public record UnitsMerged(long organisationId, List<Long> predecessorIds, long successorId, LocalDate effectiveOn) {
    }

    public record UnitSplit(long organisationId, long predecessorId, List<Long> successorIds, LocalDate effectiveOn) {
    }

    public record UnitMoved(long organisationId, long unitId, long fromParentId, long toParentId, LocalDate effectiveOn) {
    }
}
