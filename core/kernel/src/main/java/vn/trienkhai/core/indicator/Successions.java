package vn.trienkhai.core.indicator;

import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.UnitPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the figures of units that no longer exist on a date count (DD004): a merged unit's for its successor, a
 * split unit's for the deepest unit holding all its successors (they cannot be apportioned among them), following
 * chains of restructurings. Successions are few (a province's restructuring is a few hundred rows), so they are read
 * whole and resolved here; the roll-up then reads the carried units' figures in one more query.
 */
final class Successions {

    /** A unit ended on the date and the unit, with its path on the date, that carries its figures. */
    record Carried(long predecessorId, long carrierId, String carrierPath) {
    }

    private record Link(long successorId, LocalDate effectiveOn) {
    }

    private final Map<Long, List<Link>> links;
    private final Sql sql;

    private Successions(Map<Long, List<Link>> links, Sql sql) {
        this.links = links;
        this.sql = sql;
    }

    static Successions of(Sql sql, long organisationId) {
        Map<Long, List<Link>> links = new HashMap<>();
        sql.list("SELECT s.predecessor_id, s.successor_id, s.effective_on FROM unit_succession s JOIN unit u ON u.id = s.predecessor_id"
                        + " WHERE u.organisation_id = ?", List.of(organisationId),
                row -> links.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new Link(row.getLong(2), Sql.date(row, "effective_on"))));
        return new Successions(links, sql);
    }

    boolean isEmpty() {
        return links.isEmpty();
    }

    /** The units ended by {@code date} whose figures count, on that date, inside the subtree of {@code scopePath}. */
    List<Carried> carriedInto(String scopePath, LocalDate date) {
        List<Long> ended = links.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(link -> !link.effectiveOn().isAfter(date)))
                .map(Map.Entry::getKey).toList();
        if (ended.isEmpty()) {
            return List.of();
        }
        Map<Long, String> paths = pathsOn(date);
        List<Carried> carried = new ArrayList<>();
        for (long predecessor : ended) {
            String carrierPath = carrierPath(predecessor, date, paths, new HashSet<>());
            if (carrierPath != null && carrierPath.startsWith(scopePath)) {
                carried.add(new Carried(predecessor, UnitPath.ids(carrierPath).getLast(), carrierPath));
            }
        }
        return carried;
    }

    /** The path on {@code date} of the unit carrying {@code unitId}'s figures, or null if none exists on it. */
    private String carrierPath(long unitId, LocalDate date, Map<Long, String> paths, Set<Long> visited) {
        List<Link> effective = links.getOrDefault(unitId, List.of()).stream().filter(link -> !link.effectiveOn().isAfter(date)).toList();
        if (effective.isEmpty() || !visited.add(unitId)) {
            return paths.get(unitId);
        }
        String common = null;
        for (Link link : effective) {
            String path = carrierPath(link.successorId(), date, paths, visited);
            if (path != null) {
                common = common == null ? path : commonAncestor(common, path);
            }
        }
        return common;
    }

    private static String commonAncestor(String a, String b) {
        List<Long> left = UnitPath.ids(a);
        List<Long> right = UnitPath.ids(b);
        StringBuilder path = new StringBuilder("/");
        for (int i = 0; i < Math.min(left.size(), right.size()) && left.get(i).equals(right.get(i)); i++) {
            path.append(left.get(i)).append('/');
        }
        return path.length() == 1 ? null : path.toString();
    }

    /** The path on {@code date} of every unit named in a succession. */
    private Map<Long, String> pathsOn(LocalDate date) {
        Set<Long> ids = new HashSet<>(links.keySet());
        links.values().forEach(list -> list.forEach(link -> ids.add(link.successorId())));
        Map<Long, String> paths = new HashMap<>();
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(date);
        parameters.add(date);
        sql.list("SELECT unit_id, path FROM unit_history WHERE unit_id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                        + ") AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)", parameters,
                row -> paths.put(row.getLong(1), row.getString(2)));
        return paths;
    }
}
