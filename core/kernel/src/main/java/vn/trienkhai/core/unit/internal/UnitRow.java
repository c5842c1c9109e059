package vn.trienkhai.core.unit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.LocalDate;

/** The current state of a unit; {@code search_key} and {@code sort_key} are derived from the name and code. */
@MappedEntity("unit")
public record UnitRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        @Nullable Long parentId,
        String kind,
        String code,
        String name,
        String searchKey,
        String sortKey,
        String path,
        int depth,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Version @Nullable Long version) {

    /** The same row as it was when an editor loaded it: the update succeeds only if nobody changed it since. */
    public UnitRow withVersion(long expectedVersion) {
        return new UnitRow(id, organisationId, parentId, kind, code, name, searchKey, sortKey, path, depth, validFrom,
                validTo, expectedVersion);
    }
}
