package vn.trienkhai.core.unit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A restructuring link: the predecessor ended on {@code effectiveOn} and the successor carries it on. */
@Serdeable
public record UnitSuccession(long predecessorId, long successorId, Kind kind, LocalDate effectiveOn) {

    public enum Kind { MERGE, SPLIT }
}
