package vn.trienkhai.core.unit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/**
 * One revision of a unit: its name, code and place in the tree from {@code validFrom} until the day before
 * {@code validTo}. The tree "as of" a date is the set of revisions valid on that date.
 */
@MappedEntity("unit_history")
public record UnitHistoryRow(
        @Id @GeneratedValue @Nullable Long id,
        long unitId,
        long organisationId,
        @Nullable Long parentId,
        String kind,
        String code,
        String name,
        String path,
        int depth,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public UnitHistoryRow endingOn(LocalDate date) {
        return new UnitHistoryRow(id, unitId, organisationId, parentId, kind, code, name, path, depth, validFrom, date);
    }
}
