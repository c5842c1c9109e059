package vn.trienkhai.modules.ideology;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterLevel;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMember;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMemberRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterRole;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.RosterMemberRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.RosterMemberRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The roster of reporters, propagandists and public-opinion collaborators. A member who stops is marked inactive, not
 * deleted: the briefings they attended keep them.
 */
@Singleton
public class Roster {

    static final String ENTITY = "ideology_roster_member";
    private static final int NAME_MAX = 200;
    private static final int TRAININGS_MAX = 2000;

    private final RosterMemberRepository members;
    private final ModuleRecords.Records records;
    private final IdeologyAccess access;
    private final Messages messages;
    private final Clock clock;

    Roster(RosterMemberRepository members, ModuleRecords records, IdeologyAccess access, Messages messages, Clock clock) {
        this.members = members;
        this.records = records.of(IdeologyModule.ID);
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The members in units the actor sees, by name. */
    @ReadOnly
    public List<RosterMember> list(Actor actor) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        return members.byName(actor.organisationId()).stream().filter(row -> visible.containsKey(row.unitId()))
                .map(row -> member(row, visible.get(row.unitId()))).toList();
    }

    /** Adds a member ({@code id} null) or corrects one. */
    @Transactional
    public RosterMember save(Actor actor, Long id, RosterMemberRequest request) {
        RosterMemberRow before = id == null ? null : records.find(actor, members, id, RosterMemberRow::unitId, "ideology.roster.not-found");
        FieldErrors errors = new FieldErrors(messages);
        Unit unit = records.requestedUnit(actor, errors, "unitId", request.unitId(), "ideology.opinion.unit.required");
        access.requireRecord(actor);
        String name = errors.checkText("fullName", request.fullName(), NAME_MAX, "ideology.roster.name.required");
        if (request.role() == null) {
            errors.add("role", "ideology.roster.role.required");
        }
        if (request.level() == null) {
            errors.add("level", "ideology.roster.level.required");
        }
        if (request.since() == null) {
            errors.add("since", "ideology.roster.since.required");
        } else if (request.since().isAfter(LocalDate.now(clock))) {
            errors.add("since", "ideology.date.future");
        }
        errors.checkDate("since", request.since());
        String trainings = errors.checkText("trainings", request.trainings(), TRAININGS_MAX, null);
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        RosterMemberRow row = new RosterMemberRow(id, unit.organisationId(), unit.id(), name, request.role().name(), request.level().name(),
                request.since(), trainings, request.active() == null || request.active(), before == null ? null : request.version());
        return member(records.write(actor, members, ENTITY, before, row, unit.name() + ": " + name), unit);
    }

    static RosterMember member(RosterMemberRow row, Unit unit) {
        return new RosterMember(row.id(), row.unitId(), unit.name(), row.fullName(), RosterRole.valueOf(row.role()),
                RosterLevel.valueOf(row.level()), row.since(), row.trainings(), row.active(), row.version());
    }
}
