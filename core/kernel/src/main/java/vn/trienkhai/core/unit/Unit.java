package vn.trienkhai.core.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * A body in an organisation's tree, as it is now or as it was on a given date.
 *
 * @param path      materialised path of ids from the root, e.g. {@code /1/7/42/}: subtree and ancestor
 *                  queries read it instead of walking the tree row by row
 * @param depth     0 for the organisation's root
 * @param validTo   the first day the unit no longer exists (merged, split, dissolved), or null
 * @param version   optimistic-locking version; edits must send the version they were made on
 */
public record Unit(long id, long organisationId, Long parentId, UnitKind kind, String code, String name,
                   String path, int depth, LocalDate validFrom, LocalDate validTo, long version) {

    public boolean isActive() {
        return validTo == null;
    }

    public boolean isActiveOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** The ids of this unit's ancestors, root first, read from the path. */
    public List<Long> ancestorIds() {
        List<Long> ids = UnitPath.ids(path);
        return ids.subList(0, ids.size() - 1);
    }
}
