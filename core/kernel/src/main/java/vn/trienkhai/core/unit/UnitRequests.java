package vn.trienkhai.core.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** The changes a unit tree accepts; the same records are the bodies of the API's requests. */
public final class UnitRequests {

    private UnitRequests() {
    }

    /** A new unit under {@code parentId}, existing from {@code validFrom} (today when absent). */
    @Serdeable
    public record CreateUnitRequest(@Nullable Long parentId, @Nullable UnitKind kind, @Nullable String code,
                                    @Nullable String name, @Nullable LocalDate validFrom) {
    }

    /**
     * New kind, code or name. A new code or name with an {@code effectiveOn} after the current revision began
     * is a renaming that history keeps; on the same day it corrects the current revision.
     */
    @Serdeable
    public record UpdateUnitRequest(long version, @Nullable UnitKind kind, @Nullable String code,
                                    @Nullable String name, @Nullable LocalDate effectiveOn) {
    }

    @Serdeable
    public record MoveUnitRequest(long version, @Nullable Long parentId, @Nullable LocalDate effectiveOn) {
    }

    /** Ends every unit of {@code unitIds} and creates their successor under {@code parentId}. */
    @Serdeable
    public record MergeUnitsRequest(@Nullable List<Long> unitIds, @Nullable Long parentId, @Nullable UnitKind kind,
                                    @Nullable String code, @Nullable String name, @Nullable LocalDate effectiveOn) {
    }

    /**
     * Ends the unit and creates its successors under the same parent; its children move to the successor at
     * {@code childrenTo} (the first when absent).
     */
    @Serdeable
    public record SplitUnitRequest(long version, @Nullable List<NewSuccessor> successors,
                                   @Nullable Integer childrenTo, @Nullable LocalDate effectiveOn) {
    }

    @Serdeable
    public record NewSuccessor(@Nullable UnitKind kind, @Nullable String code, @Nullable String name) {
    }
}
