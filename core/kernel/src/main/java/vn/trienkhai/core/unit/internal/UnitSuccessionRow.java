package vn.trienkhai.core.unit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

@MappedEntity("unit_succession")
public record UnitSuccessionRow(
        @Id @GeneratedValue @Nullable Long id,
        long predecessorId,
        long successorId,
        String changeKind,
        LocalDate effectiveOn) {
}
