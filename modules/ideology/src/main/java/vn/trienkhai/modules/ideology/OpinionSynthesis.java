package vn.trienkhai.modules.ideology;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.modules.ideology.IdeologyModel.Incident;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.Synthesis;
import vn.trienkhai.modules.ideology.IdeologyModel.SynthesisLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The monthly and quarterly synthesis of public opinion (tổng hợp tình hình dư luận xã hội) for a unit: what was
 * reported, how people felt, the hot spots raised, settled and still open at the end of the period, and the false
 * information found and handled. A line per unit directly below, each counting its whole subtree, and a line for the
 * unit's own records when it has any, so that the lines add up to the total. A department or office below the unit has
 * a line only when something was recorded about it: opinion is reported about areas and party bodies.
 */
@Singleton
public class OpinionSynthesis {

    private static final Set<UnitKind> AREAS = EnumSet.of(UnitKind.COMMITTEE, UnitKind.PARTY_ORGANISATION, UnitKind.CELL, UnitKind.COMMUNE,
            UnitKind.VILLAGE);

    private final OpinionReports reports;
    private final FalseInformation incidents;
    private final IdeologyAccess access;
    private final Messages messages;

    OpinionSynthesis(OpinionReports reports, FalseInformation incidents, IdeologyAccess access, Messages messages) {
        this.reports = reports;
        this.incidents = incidents;
        this.access = access;
        this.messages = messages;
    }

    /** The synthesis for a period given as a code or label ("2026-M11", "Quý III/2026"): a month or a quarter. */
    @ReadOnly
    public Synthesis of(Actor actor, long unitId, String period) {
        Period parsed = Period.parse(period == null ? "" : period)
                .filter(found -> found.kind() == PeriodKind.MONTH || found.kind() == PeriodKind.QUARTER).orElse(null);
        if (parsed == null) {
            new FieldErrors(messages).add("period", "ideology.synthesis.period.invalid").throwIfAny();
        }
        return of(actor, unitId, parsed);
    }

    @ReadOnly
    public Synthesis of(Actor actor, long unitId, Period period) {
        Unit unit = access.unit(actor, unitId);
        Map<Long, Unit> visible = access.visibleUnits(actor);
        List<OpinionReport> unitReports = reports.ofUnit(actor, unitId);
        List<Incident> unitIncidents = incidents.list(actor).stream().filter(incident -> below(visible, unit).test(incident.unitId())).toList();
        List<SynthesisLine> lines = new ArrayList<>();
        SynthesisLine own = line(unit, period, unitReports, unitIncidents, id -> id == unit.id());
        if (!isEmpty(own)) {
            lines.add(own);
        }
        visible.values().stream().filter(child -> Long.valueOf(unit.id()).equals(child.parentId()))
                .sorted(Comparator.comparing(Unit::name, VietnameseText.order()))
                .map(child -> line(child, period, unitReports, unitIncidents, below(visible, child)))
                .filter(line -> AREAS.contains(visible.get(line.unitId()).kind()) || !isEmpty(line)).forEach(lines::add);
        List<OpinionReport> raised = unitReports.stream().filter(report -> report.hotSpot() && within(report.reportDate(), period))
                .sorted(Comparator.comparing(OpinionReport::reportDate)).toList();
        return new Synthesis(unit.id(), unit.name(), period.label(), period.start(), period.end(), lines,
                line(unit, period, unitReports, unitIncidents, id -> true), raised);
    }

    private static SynthesisLine line(Unit unit, Period period, List<OpinionReport> reports, List<Incident> incidents, Predicate<Long> counted) {
        List<OpinionReport> mine = reports.stream().filter(report -> counted.test(report.unitId())).toList();
        List<OpinionReport> received = mine.stream().filter(report -> within(report.reportDate(), period)).toList();
        List<Incident> found = incidents.stream().filter(incident -> counted.test(incident.unitId())).toList();
        LocalDate end = period.end();
        return new SynthesisLine(unit.id(), unit.name(), received.size(), mood(received, Mood.POSITIVE), mood(received, Mood.MIXED),
                mood(received, Mood.NEGATIVE), mood(received, Mood.TENSE),
                count(received, OpinionReport::hotSpot),
                count(mine, report -> report.hotSpot() && report.closedOn() != null && within(report.closedOn(), period)),
                count(mine, report -> report.hotSpot() && !report.reportDate().isAfter(end)
                        && (report.closedOn() == null || report.closedOn().isAfter(end))),
                count(found, incident -> within(incident.foundOn(), period)),
                count(found, incident -> incident.handledOn() != null && within(incident.handledOn(), period)));
    }

    private static Predicate<Long> below(Map<Long, Unit> visible, Unit ancestor) {
        return unitId -> visible.containsKey(unitId) && visible.get(unitId).path().startsWith(ancestor.path());
    }

    private static int mood(List<OpinionReport> received, Mood mood) {
        return count(received, report -> report.mood() == mood);
    }

    private static <T> int count(List<T> rows, Predicate<T> counted) {
        return (int) rows.stream().filter(counted).count();
    }

    private static boolean isEmpty(SynthesisLine line) {
        return line.reports() + line.hotSpotsClosed() + line.openHotSpots() + line.incidentsFound() + line.incidentsHandled() == 0;
    }

    private static boolean within(LocalDate date, Period period) {
        return !date.isBefore(period.start()) && !date.isAfter(period.end());
    }
}
