package vn.trienkhai.core.indicator;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.MissingUnit;
import vn.trienkhai.core.indicator.IndicatorModel.RollUp;
import vn.trienkhai.core.indicator.IndicatorModel.SeriesPoint;
import vn.trienkhai.core.indicator.IndicatorModel.SubUnitRollUp;
import vn.trienkhai.core.indicator.RollUpQueries.Ask;
import vn.trienkhai.core.indicator.RollUpQueries.Child;
import vn.trienkhai.core.indicator.RollUpQueries.Totals;
import vn.trienkhai.core.indicator.Successions.Carried;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The value of an indicator for any unit and period, computed live from the figures of its subtree (DD004): in the
 * tree as of the period's last day, the figures of units ended by then counted for their successors, aggregated by
 * the indicator's rule (a ratio divides the sums of numerators and denominators). Units of an applicable kind
 * without a figure are counted as missing, never as zero.
 */
@Singleton
public class FigureRollUp {

    private final IndicatorCatalogue catalogue;
    private final UnitService units;
    private final AccessPolicy policy;
    private final Sql sql;
    private final RollUpQueries queries;

    FigureRollUp(IndicatorCatalogue catalogue, UnitService units, AccessPolicy policy, Sql sql) {
        this.catalogue = catalogue;
        this.units = units;
        this.policy = policy;
        this.sql = sql;
        this.queries = new RollUpQueries(sql);
    }

    /** The roll-up of the unit's subtree for the period; with {@code listMissing} the missing units are listed too. */
    @ReadOnly
    public RollUp rollUp(Actor actor, long indicatorId, long unitId, Period period, boolean listMissing) {
        Indicator indicator = readable(actor, indicatorId, unitId);
        Optional<Ask> ask = ask(indicator, unitId, period);
        if (ask.isEmpty()) {
            return new RollUp(unitId, period, null, null, null, 0, 0, List.of());
        }
        boolean several = ask.get().kind() != period.kind();
        Map<Carrier, Sums> carried = carried(ask.get(), several);
        Set<Long> carriers = carried.keySet().stream().map(Carrier::id).collect(Collectors.toSet());
        Totals totals = queries.totals(ask.get(), several, carriers);
        Sums sums = carried.values().stream().reduce(totals.sums(), Sums::plus);
        List<MissingUnit> missing = listMissing ? queries.missingUnits(ask.get(), carriers) : List.of();
        return rollUp(indicator, unitId, period, sums, totals.missing(), missing);
    }

    /** The roll-up of each child of the unit (as the tree stood on the period's last day), in Vietnamese order. */
    @ReadOnly
    public List<SubUnitRollUp> bySubUnit(Actor actor, long indicatorId, long unitId, Period period) {
        Indicator indicator = readable(actor, indicatorId, unitId);
        Optional<Ask> ask = ask(indicator, unitId, period);
        if (ask.isEmpty()) {
            return List.of();
        }
        boolean several = ask.get().kind() != period.kind();
        Map<Carrier, Sums> carried = carried(ask.get(), several);
        Map<Long, Totals> byChild = queries.byChild(ask.get(), several, carried.keySet().stream().map(Carrier::id).toList());
        Map<Long, Sums> sums = new HashMap<>();
        byChild.forEach((child, totals) -> sums.put(child, totals.sums()));
        List<Child> children = queries.children(ask.get());
        carried.forEach((carrier, carriedSums) -> children.stream().filter(child -> carrier.path().startsWith(child.path())).findFirst()
                .ifPresent(child -> sums.merge(child.id(), carriedSums, Sums::plus)));
        return children.stream().map(child -> new SubUnitRollUp(child.id(), child.code(), child.name(), rollUp(indicator, child.id(),
                period, sums.getOrDefault(child.id(), Sums.NONE), byChild.containsKey(child.id()) ? byChild.get(child.id()).missing() : 0,
                List.of()))).toList();
    }

    /**
     * The values of the periods {@code from} to {@code to} (of one kind), for a chart. When the indicator is collected
     * for that kind this is one statement for the whole series, each period's figures placed in the tree of its own
     * last day; otherwise each period is rolled up from the finer periods inside it.
     */
    @ReadOnly
    public List<SeriesPoint> series(Actor actor, long indicatorId, long unitId, Period from, Period to) {
        if (from.kind() != to.kind() || from.compareTo(to) > 0) {
            throw new IllegalArgumentException("A series runs from a period to a later one of the same kind");
        }
        Indicator indicator = readable(actor, indicatorId, unitId);
        List<Period> periods = new ArrayList<>();
        for (Period period = from; period.compareTo(to) <= 0; period = period.next()) {
            periods.add(period);
        }
        if (!indicator.periodKinds().contains(from.kind())) {
            return periods.stream().map(period -> point(rollUp(actor, indicatorId, unitId, period, false))).toList();
        }
        Ask ask = new Ask(indicator, from.kind(), from.start(), to.start(), pathOn(unitId, to.end()), to.end());
        boolean stable = queries.treeUnchanged(indicator.organisationId(), from.start(), to.end());
        Map<LocalDate, Sums> sums = new HashMap<>(queries.series(ask, stable));
        Successions successions = Successions.of(sql, indicator.organisationId());
        if (!successions.isEmpty()) {
            for (Period period : periods) {
                Ask one = new Ask(indicator, from.kind(), period.start(), period.start(), ask.path(), period.end());
                queries.carried(one, false, successions.carriedInto(one.path(), period.end()))
                        .values().forEach(carried -> sums.merge(period.start(), carried, Sums::plus));
            }
        }
        return periods.stream().map(period -> {
            Sums of = sums.getOrDefault(period.start(), Sums.NONE);
            return new SeriesPoint(period, of.value(indicator.aggregation()), of.numerator(), of.denominator(), of.units());
        }).toList();
    }

    private Indicator readable(Actor actor, long indicatorId, long unitId) {
        units.get(actor, unitId);
        policy.require(actor, Operation.FIGURE_READ);
        return catalogue.get(actor, indicatorId);
    }

    /**
     * What to read for the asked period: its own kind's figures when the indicator is collected for it, else those
     * of the longest collected kind inside it (a year from quarters rather than months); none when every collected
     * kind is longer than the period.
     */
    private Optional<Ask> ask(Indicator indicator, long unitId, Period period) {
        Optional<PeriodKind> kind = indicator.periodKinds().stream().filter(period.kind()::contains)
                .max(Comparator.comparingInt(PeriodKind::months));
        return kind.map(read -> new Ask(indicator, read, period.start(), period.end(), pathOn(unitId, period.end()), period.end()));
    }

    /** The sums of the figures of units ended by the date that count in the subtree, by the unit carrying them. */
    private Map<Carrier, Sums> carried(Ask ask, boolean several) {
        Successions successions = Successions.of(sql, ask.indicator().organisationId());
        if (successions.isEmpty()) {
            return Map.of();
        }
        List<Carried> carried = successions.carriedInto(ask.path(), ask.date());
        Map<Long, Carrier> carrierOf = carried.stream()
                .collect(Collectors.toMap(Carried::predecessorId, unit -> new Carrier(unit.carrierId(), unit.carrierPath())));
        Map<Carrier, Sums> byCarrier = new HashMap<>();
        queries.carried(ask, several, carried).forEach((predecessor, sums) -> byCarrier.merge(carrierOf.get(predecessor), sums, Sums::plus));
        return byCarrier;
    }

    /** A unit carrying the figures of units ended before the date, with its path on the date. */
    private record Carrier(long id, String path) {
    }

    /** The unit's path on the date; its current one if it did not exist then (a successor asked about an earlier period). */
    private String pathOn(long unitId, LocalDate date) {
        List<String> paths = sql.list("SELECT path FROM unit_history WHERE unit_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)",
                List.of(unitId, date, date), row -> row.getString(1));
        return paths.isEmpty() ? sql.list("SELECT path FROM unit WHERE id = ?", List.of(unitId), row -> row.getString(1)).getFirst()
                : paths.getFirst();
    }

    private static RollUp rollUp(Indicator indicator, long unitId, Period period, Sums sums, int missing, List<MissingUnit> missingUnits) {
        return new RollUp(unitId, period, sums.value(indicator.aggregation()), sums.numerator(), sums.denominator(), sums.units(), missing,
                missingUnits);
    }

    private static SeriesPoint point(RollUp rollUp) {
        return new SeriesPoint(rollUp.period(), rollUp.value(), rollUp.numerator(), rollUp.denominator(), rollUp.reported());
    }
}
