package vn.trienkhai.app.api.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.unit.UnitKind;

import java.time.LocalDate;

/** A unit as the API shows it; send {@code version} back with an edit. */
@Serdeable
public record UnitDto(long id, @Nullable Long parentId, UnitKind kind, String code, String name, String path,
                      int depth, LocalDate validFrom, @Nullable LocalDate validTo, boolean active, long version) {
}
