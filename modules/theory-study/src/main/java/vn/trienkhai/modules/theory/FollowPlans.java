package vn.trienkhai.modules.theory;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlan;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlanRequest;
import vn.trienkhai.modules.theory.TheoryModel.FollowYear;
import vn.trienkhai.modules.theory.TheoryModel.Topic;
import vn.trienkhai.modules.theory.TheoryModel.TopicRequest;
import vn.trienkhai.modules.theory.TheoryModel.UnitRef;
import vn.trienkhai.modules.theory.internal.TheoryRepositories.FollowPlanRepository;
import vn.trienkhai.modules.theory.internal.TheoryRepositories.TopicRepository;
import vn.trienkhai.modules.theory.internal.TheoryRows.FollowPlanRow;
import vn.trienkhai.modules.theory.internal.TheoryRows.TopicRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The annual Ho Chi Minh topic (chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh): the year's
 * topic set by the organisation, each party body's collective "làm theo" plan and its members' commitments counted,
 * and the party bodies in scope that have registered none, the list a follow-up reminds.
 */
@Singleton
public class FollowPlans {

    static final String ENTITY = "theory_follow_plan";
    static final String TOPIC_ENTITY = "theory_topic";
    private static final int TITLE_MAX = 500;
    private static final int SUMMARY_MAX = 2000;

    private final TopicRepository topics;
    private final FollowPlanRepository plans;
    private final ModuleRecords.Records records;
    private final TheoryAccess access;
    private final TheoryFigures figures;
    private final Messages messages;
    private final Clock clock;

    FollowPlans(TopicRepository topics, FollowPlanRepository plans, ModuleRecords records, TheoryAccess access, TheoryFigures figures,
                Messages messages, Clock clock) {
        this.topics = topics;
        this.plans = plans;
        this.records = records.of(TheoryModule.ID);
        this.access = access;
        this.figures = figures;
        this.messages = messages;
        this.clock = clock;
    }

    /** The year's topic, the plans of the party bodies in the actor's scope, and those without one. */
    @ReadOnly
    public FollowYear year(Actor actor, int year) {
        return year(actor, year, access.visibleUnits(actor));
    }

    private FollowYear year(Actor actor, int year, Map<Long, Unit> visible) {
        Topic topic = topics.findByOrganisationIdAndYear(actor.organisationId(), year).map(FollowPlans::topic).orElse(null);
        Map<Long, FollowPlanRow> byUnit = plans.findByOrganisationIdAndYear(actor.organisationId(), year).stream()
                .collect(Collectors.toMap(FollowPlanRow::unitId, Function.identity()));
        List<FollowPlan> registered = visible.values().stream().filter(unit -> byUnit.containsKey(unit.id()))
                .map(unit -> plan(byUnit.get(unit.id()), unit)).toList();
        List<UnitRef> without = TheoryAccess.partyBodies(visible.values()).stream().filter(unit -> !byUnit.containsKey(unit.id()))
                .map(unit -> new UnitRef(unit.id(), unit.name())).toList();
        return new FollowYear(year, topic, registered, without);
    }

    /** The plans registered at or below {@code unitId} for {@code year}. */
    @ReadOnly
    public List<FollowPlan> ofUnit(Actor actor, long unitId, int year) {
        String path = records.unit(actor, unitId).path();
        Map<Long, Unit> visible = access.visibleUnits(actor);
        return year(actor, year, visible).plans().stream().filter(plan -> visible.get(plan.unitId()).path().startsWith(path)).toList();
    }

    /** Sets the year's topic ({@code id} null the first time) for the whole organisation. */
    @Transactional
    public Topic saveTopic(Actor actor, Long id, TopicRequest request) {
        TopicRow before = id == null ? null : records.find(actor, topics, id, row -> actor.homeUnitId(), "theory.topic.not-found");
        access.visibleUnits(actor);
        access.requireSetTopic(actor);
        FieldErrors errors = new FieldErrors(messages);
        int year = TheoryChecks.year(errors, request.year(), LocalDate.now(clock));
        String title = errors.checkText("title", request.title(), TITLE_MAX, "theory.topic.title.required");
        if (request.year() != null && topics.findByOrganisationIdAndYear(actor.organisationId(), year)
                .filter(other -> before == null || !other.id().equals(before.id())).isPresent()) {
            errors.add("year", "theory.topic.exists");
        }
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        TopicRow row = new TopicRow(id, actor.organisationId(), year, title, before == null ? null : request.version());
        return topic(records.write(actor, topics, TOPIC_ENTITY, before, row, year + ": " + title));
    }

    /** Registers a unit's plan for a year ({@code id} null) or corrects it; a unit has one plan a year. */
    @Transactional
    public FollowPlan save(Actor actor, Long id, FollowPlanRequest request) {
        FollowPlanRow before = id == null ? null : records.find(actor, plans, id, FollowPlanRow::unitId, "theory.follow.not-found");
        FieldErrors errors = new FieldErrors(messages);
        Unit unit = records.requestedUnit(actor, errors, "unitId", request.unitId(), "theory.unit.required");
        access.requireRecord(actor);
        LocalDate today = LocalDate.now(clock);
        if (unit != null && !TheoryAccess.PARTY_BODIES.contains(unit.kind())) {
            errors.add("unitId", "theory.follow.unit.not-party-body");
        }
        int year = TheoryChecks.year(errors, request.year(), today);
        TheoryChecks.pastDate(errors, "registeredOn", request.registeredOn(), "theory.follow.registered-on.required", today);
        String summary = errors.checkText("summary", request.summary(), SUMMARY_MAX, "theory.follow.summary.required");
        int commitments = TheoryChecks.count(errors, "commitments", request.commitments());
        if (unit != null && request.year() != null && plans.findByUnitIdAndYear(unit.id(), year)
                .filter(other -> before == null || !other.id().equals(before.id())).isPresent()) {
            errors.add("year", "theory.follow.exists");
        }
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        FollowPlanRow row = new FollowPlanRow(id, unit.organisationId(), unit.id(), year, request.registeredOn(), summary, commitments,
                before == null ? null : request.version());
        FollowPlan saved = plan(records.write(actor, plans, ENTITY, before, row, unit.name() + ": " + year), unit);
        figures.changed(actor.organisationId(), year, before == null ? null : before.year());
        return saved;
    }

    private static Topic topic(TopicRow row) {
        return new Topic(row.id(), row.year(), row.title(), row.version());
    }

    private static FollowPlan plan(FollowPlanRow row, Unit unit) {
        return new FollowPlan(row.id(), row.unitId(), unit.name(), row.year(), row.registeredOn(), row.summary(), row.commitments(),
                row.version());
    }
}
