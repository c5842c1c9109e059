package vn.trienkhai.modules.ideology;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.modules.ideology.IdeologyModel.Briefing;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingYear;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.BriefingRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.RosterMemberRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.BriefingRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.RosterMemberRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monthly briefing conferences of reporters (hội nghị báo cáo viên): held by a unit for the members of the roster
 * in its subtree. A year is measured by the months in which a unit held one, against twelve: two conferences in one
 * month do not make up for a month without.
 */
@Singleton
public class Briefings {

    static final String ENTITY = "ideology_briefing";
    private static final int TOPICS_MAX = 2000;

    private final BriefingRepository briefings;
    private final RosterMemberRepository members;
    private final Sql sql;
    private final ModuleRecords.Records records;
    private final IdeologyAccess access;
    private final Messages messages;
    private final Clock clock;

    Briefings(BriefingRepository briefings, RosterMemberRepository members, Sql sql, ModuleRecords records, IdeologyAccess access,
              Messages messages, Clock clock) {
        this.briefings = briefings;
        this.members = members;
        this.sql = sql;
        this.records = records.of(IdeologyModule.ID);
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The conferences held by units the actor sees, the latest first, with who attended. */
    @ReadOnly
    public List<Briefing> list(Actor actor) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        Map<Long, List<Long>> attendance = attendance(actor.organisationId());
        return briefings.latestFirst(actor.organisationId()).stream().filter(row -> visible.containsKey(row.unitId()))
                .map(row -> briefing(row, visible.get(row.unitId()), attendance.getOrDefault(row.id(), List.of()))).toList();
    }

    /** Per unit that held any conference in {@code year}, and the actor's scope even without: months held against twelve. */
    @ReadOnly
    public List<BriefingYear> year(Actor actor, int year) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        Map<Long, List<BriefingRow>> byUnit = briefings.latestFirst(actor.organisationId()).stream()
                .filter(row -> row.heldOn().getYear() == year && visible.containsKey(row.unitId()))
                .collect(Collectors.groupingBy(BriefingRow::unitId));
        Set<Long> shown = new LinkedHashSet<>();
        // the committee whose network it is, also when it has held none: a department works for its committee
        List<Long> scope = UnitPath.ids(actor.scopePath());
        if (!scope.isEmpty() && visible.containsKey(scope.getLast())) {
            shown.add(scope.getLast());
        }
        shown.addAll(byUnit.keySet());
        return shown.stream().map(visible::get).sorted(Comparator.comparing(Unit::path))
                .map(unit -> yearOf(unit, year, byUnit.getOrDefault(unit.id(), List.of()))).toList();
    }

    /** Records a conference ({@code id} null) or corrects one, its attendance replaced by the one given. */
    @Transactional
    public Briefing save(Actor actor, Long id, BriefingRequest request) {
        BriefingRow before = id == null ? null : records.find(actor, briefings, id, BriefingRow::unitId, "ideology.briefing.not-found");
        FieldErrors errors = new FieldErrors(messages);
        Unit unit = records.requestedUnit(actor, errors, "unitId", request.unitId(), "ideology.briefing.unit.required");
        access.requireRecord(actor);
        if (request.heldOn() == null) {
            errors.add("heldOn", "ideology.briefing.held-on.required");
        } else if (request.heldOn().isAfter(LocalDate.now(clock))) {
            errors.add("heldOn", "ideology.date.future");
        }
        errors.checkDate("heldOn", request.heldOn());
        String topics = errors.checkText("topics", request.topics(), TOPICS_MAX, "ideology.briefing.topics.required");
        List<Long> attendees = request.attendeeIds() == null ? List.of() : request.attendeeIds().stream().distinct().toList();
        if (unit != null && !attendeesBelong(actor, unit, attendees)) {
            errors.add("attendeeIds", "ideology.briefing.attendee.outside");
        }
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        BriefingRow saved = records.write(actor, briefings, ENTITY, before,
                new BriefingRow(id, unit.organisationId(), unit.id(), request.heldOn(), topics, before == null ? null : request.version()),
                unit.name() + ": " + topics);
        sql.update("DELETE FROM ideology_briefing_attendance WHERE briefing_id = ?", List.of(saved.id()));
        for (Long member : attendees) {
            sql.update("INSERT INTO ideology_briefing_attendance (briefing_id, member_id) VALUES (?, ?)", List.of(saved.id(), member));
        }
        return briefing(saved, unit, attendees);
    }

    /** Every attendee an active member of the roster in the organiser's subtree. */
    private boolean attendeesBelong(Actor actor, Unit organiser, List<Long> attendees) {
        if (attendees.isEmpty()) {
            return true;
        }
        Map<Long, Unit> visible = access.visibleUnits(actor);
        Set<Long> allowed = members.byName(actor.organisationId()).stream().filter(RosterMemberRow::active)
                .filter(member -> visible.containsKey(member.unitId()) && visible.get(member.unitId()).path().startsWith(organiser.path()))
                .map(RosterMemberRow::id).collect(Collectors.toSet());
        return allowed.containsAll(attendees);
    }

    private Map<Long, List<Long>> attendance(long organisationId) {
        List<long[]> pairs = sql.list("""
                SELECT a.briefing_id, a.member_id FROM ideology_briefing_attendance a
                JOIN ideology_briefing b ON b.id = a.briefing_id WHERE b.organisation_id = ? ORDER BY a.briefing_id, a.member_id""",
                List.of(organisationId), row -> new long[] {row.getLong(1), row.getLong(2)});
        return pairs.stream().collect(Collectors.groupingBy(pair -> pair[0], Collectors.mapping(pair -> pair[1], Collectors.toList())));
    }

    private static BriefingYear yearOf(Unit unit, int year, List<BriefingRow> held) {
        int months = (int) held.stream().map(row -> row.heldOn().getMonthValue()).distinct().count();
        return new BriefingYear(unit.id(), unit.name(), year, months, held.size());
    }

    private static Briefing briefing(BriefingRow row, Unit unit, List<Long> attendees) {
        return new Briefing(row.id(), row.unitId(), unit.name(), row.heldOn(), row.topics(), attendees, row.version());
    }
}
