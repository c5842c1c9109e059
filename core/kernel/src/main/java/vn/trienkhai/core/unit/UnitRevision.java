package vn.trienkhai.core.unit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A unit's name, code and place from {@code validFrom} until the day before {@code validTo} (null: still). */
@Serdeable
public record UnitRevision(LocalDate validFrom, LocalDate validTo, UnitKind kind, String code, String name,
                           Long parentId, String path) {
}
