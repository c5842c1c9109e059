package vn.trienkhai.core.indicator;

import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.MissingUnit;
import vn.trienkhai.core.indicator.Successions.Carried;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.UnitPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the roll-ups (DD004). A subtree is the revisions of {@code unit_history} valid on the date under a path
 * prefix (one index range); the figures are read from {@code figure_roll_up_idx} by indicator, kind and period range
 * and joined to the tree by unit. Each method is one statement whatever the size of the subtree.
 */
final class RollUpQueries {

    /** What is being rolled up: the figures of {@code kind} starting in {@code from..to}, placed in the tree of {@code date}. */
    record Ask(Indicator indicator, PeriodKind kind, LocalDate from, LocalDate to, String path, LocalDate date) {

        /** Whether several periods of the figures make the asked one (LATEST then reads each unit's latest). */
        boolean latestOnly(boolean severalPeriods) {
            return severalPeriods && indicator.aggregation() == Aggregation.LATEST;
        }
    }

    private final Sql sql;

    RollUpQueries(Sql sql) {
        this.sql = sql;
    }

    /** The sums of a subtree's figures and how many of its units of an applicable kind have none. */
    record Totals(Sums sums, int missing) {
    }

    /**
     * The subtree's sums and its missing units' count in one pass: the tree on the date, each unit left-joined to its
     * figures; a unit of an applicable kind that meets none (and carries no ended unit's) is missing.
     */
    Totals totals(Ask ask, boolean severalPeriods, Collection<Long> carriersWithFigures) {
        List<Object> parameters = new ArrayList<>();
        String missing = missingCase(ask, carriersWithFigures, parameters);
        String join = " LEFT JOIN figure f ON f.unit_id = h.unit_id AND " + figureFilter(ask, severalPeriods, parameters);
        parameters.add(ask.indicator().organisationId());
        parameters.add(UnitPath.subtreePattern(ask.path()));
        String where = " WHERE h.organisation_id = ? AND h.path LIKE ? AND " + valid("h", ask.date(), parameters);
        return sql.list("SELECT " + Sums.columns(ask.indicator().aggregation(), severalPeriods) + ", " + missing + " FROM unit_history h" + join + where, parameters,
                row -> new Totals(Sums.read(row), row.getInt("missing"))).getFirst();
    }

    List<MissingUnit> missingUnits(Ask ask, Collection<Long> carriersWithFigures) {
        List<Object> parameters = new ArrayList<>();
        String from = missingFrom(ask, carriersWithFigures, parameters);
        return sql.list("SELECT h.unit_id, h.code, h.name" + from + " ORDER BY u.sort_key", parameters, row -> new MissingUnit(row.getLong(1), row.getString(2), row.getString(3)));
    }

    /** The sums of the figures of units ended by the date that count inside the subtree, per ended unit. */
    Map<Long, Sums> carried(Ask ask, boolean severalPeriods, Collection<Carried> carried) {
        if (carried.isEmpty()) {
            return Map.of();
        }
        List<Object> parameters = new ArrayList<>();
        String filter = figureFilter(ask, severalPeriods, parameters);
        carried.forEach(unit -> parameters.add(unit.predecessorId()));
        Map<Long, Sums> sums = new HashMap<>();
        sql.list("SELECT f.unit_id, " + Sums.columns(ask.indicator().aggregation(), severalPeriods) + " FROM figure f WHERE " + filter + " AND f.unit_id IN (" + placeholders(carried.size())
                + ") GROUP BY f.unit_id", parameters, row -> sums.put(row.getLong("unit_id"), Sums.read(row)));
        return sums;
    }

    /** A child of the subtree's root as it was on the date. */
    record Child(long id, String code, String name, String path) {
    }

    /** The children of the subtree's root on the date, in Vietnamese order. */
    List<Child> children(Ask ask) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(UnitPath.subtreePattern(ask.path()));
        parameters.add(UnitPath.depth(ask.path()) + 1);
        String where = " WHERE h.path LIKE ? AND h.depth = ? AND " + valid("h", ask.date(), parameters);
        return sql.list("SELECT h.unit_id, h.code, h.name, h.path FROM unit_history h JOIN unit u ON u.id = h.unit_id" + where
                + " ORDER BY u.sort_key", parameters, row -> new Child(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    /** Per child of the subtree's root: the sums of its subtree's figures and how many of its units are missing. */
    Map<Long, Totals> byChild(Ask ask, boolean severalPeriods, Collection<Long> carriersWithFigures) {
        List<Object> parameters = new ArrayList<>();
        String missing = missingCase(ask, carriersWithFigures, parameters);
        String join = " JOIN unit_history h ON h.path LIKE CONCAT(c.path, '%') AND " + valid("h", ask.date(), parameters)
                + " LEFT JOIN figure f ON f.unit_id = h.unit_id AND " + figureFilter(ask, severalPeriods, parameters);
        String where = childFilter(ask, parameters);
        Map<Long, Totals> totals = new HashMap<>();
        sql.list("SELECT c.unit_id AS child_id, " + Sums.columns(ask.indicator().aggregation(), severalPeriods) + ", " + missing + " FROM unit_history c" + join + where
                + " GROUP BY c.unit_id", parameters, row -> totals.put(row.getLong("child_id"), new Totals(Sums.read(row), row.getInt("missing"))));
        return totals;
    }

    /**
     * A series of periods of the figures' own kind in one statement grouped by period, the subtree's root taken at
     * {@code ask.path()}. When the organisation's tree did not change during the series ({@code stableTree}) every
     * period has the tree of {@code ask.date()}, read once; otherwise each period's figures are placed in the tree of
     * its own last day.
     */
    Map<LocalDate, Sums> series(Ask ask, boolean stableTree) {
        List<Object> parameters = new ArrayList<>();
        String filter = figureFilter(ask, false, parameters);
        parameters.add(UnitPath.subtreePattern(ask.path()));
        String where = " WHERE " + filter + " AND h.path LIKE ?";
        String join = " JOIN unit_history h ON h.unit_id = f.unit_id";
        if (stableTree) {
            where += " AND " + valid("h", ask.date(), parameters);
        } else {
            join += " AND h.valid_from <= f.period_end AND (h.valid_to IS NULL OR h.valid_to > f.period_end)";
        }
        Map<LocalDate, Sums> sums = new HashMap<>();
        sql.list("SELECT f.period_start, " + Sums.columns(ask.indicator().aggregation(), false) + " FROM figure f" + join + where + " GROUP BY f.period_start", parameters,
                row -> sums.put(Sql.date(row, "period_start"), Sums.read(row)));
        return sums;
    }

    /**
     * Whether no revision of the organisation's tree began after {@code from} up to {@code to}: every move, rename,
     * merge, split and new unit opens one, so the tree of {@code to} is then the tree of every day between.
     */
    boolean treeUnchanged(long organisationId, LocalDate from, LocalDate to) {
        return sql.list("SELECT 1 FROM unit_history WHERE organisation_id = ? AND valid_from > ? AND valid_from <= ? LIMIT 1",
                List.of(organisationId, from, to), row -> 1).isEmpty();
    }

    /** The figures of the ask, by indicator, kind and period range; for LATEST each unit's latest period only. */
    private static String figureFilter(Ask ask, boolean severalPeriods, List<Object> parameters) {
        parameters.addAll(List.of(ask.indicator().id(), ask.kind().name(), ask.from(), ask.to()));
        String filter = "f.indicator_id = ? AND f.period_kind = ? AND f.period_start BETWEEN ? AND ?";
        if (ask.latestOnly(severalPeriods)) {
            parameters.addAll(List.of(ask.from(), ask.to()));
            filter += " AND f.period_start = (SELECT max(g.period_start) FROM figure g WHERE g.indicator_id = f.indicator_id"
                    + " AND g.unit_id = f.unit_id AND g.period_kind = f.period_kind AND g.period_start BETWEEN ? AND ?)";
        }
        return filter;
    }

    /** FROM and WHERE of the units of an applicable kind in the subtree on the date that have no figure. */
    private String missingFrom(Ask ask, Collection<Long> carriersWithFigures, List<Object> parameters) {
        parameters.add(ask.indicator().organisationId());
        parameters.add(UnitPath.subtreePattern(ask.path()));
        String from = " FROM unit_history h JOIN unit u ON u.id = h.unit_id WHERE h.organisation_id = ? AND h.path LIKE ? AND " + valid("h", ask.date(), parameters)
                + " AND h.kind IN (" + kinds(ask, parameters) + ")";
        return from + " AND " + noFigure(ask, carriersWithFigures, parameters);
    }

    /** Counts the tree's units of an applicable kind that met no figure in the LEFT JOIN and carry none. */
    private static String missingCase(Ask ask, Collection<Long> carriersWithFigures, List<Object> parameters) {
        String condition = "f.unit_id IS NULL AND h.kind IN (" + kinds(ask, parameters) + ")";
        if (!carriersWithFigures.isEmpty()) {
            parameters.addAll(carriersWithFigures);
            condition += " AND h.unit_id NOT IN (" + placeholders(carriersWithFigures.size()) + ")";
        }
        return "sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END) AS missing";
    }

    private static String noFigure(Ask ask, Collection<Long> carriersWithFigures, List<Object> parameters) {
        parameters.addAll(List.of(ask.indicator().id(), ask.kind().name(), ask.from(), ask.to()));
        String condition = "NOT EXISTS (SELECT 1 FROM figure f WHERE f.indicator_id = ? AND f.period_kind = ?"
                + " AND f.period_start BETWEEN ? AND ? AND f.unit_id = h.unit_id)";
        if (!carriersWithFigures.isEmpty()) {
            parameters.addAll(carriersWithFigures);
            condition += " AND h.unit_id NOT IN (" + placeholders(carriersWithFigures.size()) + ")";
        }
        return condition;
    }

    private static String childFilter(Ask ask, List<Object> parameters) {
        parameters.add(UnitPath.subtreePattern(ask.path()));
        parameters.add(UnitPath.depth(ask.path()) + 1);
        return " WHERE c.path LIKE ? AND c.depth = ? AND " + valid("c", ask.date(), parameters);
    }

    private static String kinds(Ask ask, List<Object> parameters) {
        ask.indicator().unitKinds().forEach(kind -> parameters.add(kind.name()));
        return placeholders(ask.indicator().unitKinds().size());
    }

    /** The revision of alias {@code h} valid on {@code date}. */
    private static String valid(String alias, LocalDate date, List<Object> parameters) {
        parameters.add(date);
        parameters.add(date);
        return alias + ".valid_from <= ? AND (" + alias + ".valid_to IS NULL OR " + alias + ".valid_to > ?)";
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
