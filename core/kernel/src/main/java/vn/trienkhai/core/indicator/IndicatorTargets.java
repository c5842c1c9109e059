package vn.trienkhai.core.indicator;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditEntry.Action;
import vn.trienkhai.core.audit.AuditEntry.Change;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.document.parsing.TargetUnit;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.IndicatorModel.Achievement;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Milestone;
import vn.trienkhai.core.indicator.IndicatorModel.PlanTarget;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorRequests.TargetRequest;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.MilestoneRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.TargetRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRows.MilestoneRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.TargetRow;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Targets: an indicator's goal for a scope unit by a year, with its baseline and milestones, and how far it is
 * ({@link AchievementRule}). A plan's target written by the import is attached to an indicator here, which makes it
 * a target of the plan's unit.
 */
@Singleton
public class IndicatorTargets {

    private final IndicatorCatalogue catalogue;
    private final TargetRepository targets;
    private final MilestoneRepository milestones;
    private final FigureRollUp rollUp;
    private final UnitService units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Sql sql;
    private final Messages messages;

    IndicatorTargets(IndicatorCatalogue catalogue, TargetRepository targets, MilestoneRepository milestones, FigureRollUp rollUp,
                     UnitService units, AccessPolicy policy, AuditTrail audit, Sql sql, Messages messages) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.milestones = milestones;
        this.rollUp = rollUp;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.sql = sql;
        this.messages = messages;
    }

    /** The targets of an indicator whose unit is in the actor's scope, by year. */
    @ReadOnly
    public List<Target> targets(Actor actor, long indicatorId) {
        policy.require(actor, Operation.FIGURE_READ);
        catalogue.get(actor, indicatorId);
        return targets.findByIndicatorIdOrderByTargetYear(indicatorId).stream()
                .filter(row -> inScope(actor, row.unitId())).map(this::target).toList();
    }

    /** Sets a target ({@code id} null: a new one) with its milestones, which replace the stored ones. */
    @Transactional
    public Target save(Actor actor, Long id, TargetRequest request) {
        TargetRow before = id == null ? null : row(actor, id);
        FieldErrors errors = new FieldErrors(messages);
        Indicator indicator = request.indicatorId() == null ? null : catalogue.get(actor, request.indicatorId());
        if (indicator == null) {
            errors.add("indicatorId", "figure.indicator.required");
        }
        Unit unit = request.unitId() == null ? null : units.get(actor, request.unitId());
        policy.require(actor, Operation.INDICATOR_MANAGE);
        if (unit == null) {
            errors.add("unitId", "figure.unit.required");
        }
        year(errors, "year", request.year(), true);
        value(errors, "value", request.value(), indicator, true);
        year(errors, "baselineYear", request.baselineYear(), request.baselineValue() != null);
        value(errors, "baselineValue", request.baselineValue(), indicator, request.baselineYear() != null);
        if (request.baselineYear() != null && request.year() != null && request.baselineYear() >= request.year()) {
            errors.add("baselineYear", "indicator.target.baseline-after-target");
        }
        List<Milestone> given = request.milestones() == null ? List.of() : request.milestones();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Milestone milestone = given.get(i);
            if (!years.add(milestone.year()) || request.year() != null && milestone.year() > request.year()) {
                errors.add("milestones[" + i + "].year", "indicator.target.milestone-year");
            }
            value(errors, "milestones[" + i + "].value", milestone.value(), indicator, true);
        }
        if (before != null && request.version() == null) {
            errors.add("version", "indicator.version.required");
        }
        if (indicator != null && unit != null && request.year() != null && targets.findByIndicatorIdAndUnitIdAndTargetYear(indicator.id(),
                unit.id(), request.year()).filter(other -> before == null || !other.id().equals(before.id())).isPresent()) {
            errors.add("year", "indicator.target.exists", String.valueOf(request.year()));
        }
        errors.throwIfAny();
        TargetRow row = new TargetRow(before == null ? null : before.id(), unit.organisationId(), indicator.id(), unit.id(), request.year(),
                request.value(), request.baselineYear(), request.baselineValue(), before == null ? null : before.planTargetId(),
                before == null ? null : request.version());
        TargetRow saved = write(actor, before, row, indicator.code() + " " + unit.name() + " " + request.year());
        milestones.deleteByTargetId(saved.id());
        given.forEach(milestone -> milestones.save(new MilestoneRow(null, saved.id(), milestone.year(), milestone.value())));
        return target(saved);
    }

    /** The targets a plan states, with the indicators they are attached to; the plan's unit must be in scope. */
    @ReadOnly
    public List<PlanTarget> planTargets(Actor actor, long documentId) {
        List<Long> owner = sql.list("SELECT owner_unit_id FROM document WHERE id = ? AND organisation_id = ?",
                List.of(documentId, actor.organisationId()), row -> row.getLong(1));
        if (owner.isEmpty()) {
            throw new NotFoundException("access.not-found", messages.get("access.not-found"));
        }
        units.get(actor, owner.getFirst());
        policy.require(actor, Operation.FIGURE_READ);
        return sql.list("SELECT id, document_id, text, target_value, unit, target_year, indicator_id FROM target WHERE document_id = ?"
                + " ORDER BY position", List.of(documentId), row -> new PlanTarget(row.getLong("id"), row.getLong("document_id"),
                row.getString("text"), row.getBigDecimal("target_value"), TargetUnit.valueOf(row.getString("unit")),
                (Integer) row.getObject("target_year", Integer.class),
                Sql.nullableLong(row, "indicator_id")));
    }

    /**
     * Attaches a plan's target (a row of the import's {@code target}) to an indicator: the plan target then names it,
     * and the plan's unit gets the indicator's target for the plan target's year, unless it has one for that year.
     */
    @Transactional
    public Target attachPlanTarget(Actor actor, long planTargetId, long indicatorId) {
        Indicator indicator = catalogue.get(actor, indicatorId);
        List<PlanTargetRow> found = sql.list("SELECT t.id, d.owner_unit_id, t.target_value, t.target_year FROM target t"
                        + " JOIN document d ON d.id = t.document_id WHERE t.id = ? AND t.organisation_id = ?",
                List.of(planTargetId, actor.organisationId()),
                row -> new PlanTargetRow(row.getLong(2), row.getBigDecimal(3), Sql.nullableLong(row, "target_year")));
        if (found.isEmpty()) {
            throw new NotFoundException("indicator.plan-target.not-found", messages.get("indicator.plan-target.not-found"));
        }
        PlanTargetRow plan = found.getFirst();
        Unit unit = units.get(actor, plan.unitId());
        policy.require(actor, Operation.INDICATOR_MANAGE);
        Long year = plan.year();
        if (year == null) {
            throw ConflictException.field("planTargetId", "indicator.plan-target.no-year", messages.get("indicator.plan-target.no-year"));
        }
        sql.update("UPDATE target SET indicator_id = ? WHERE id = ?", List.of(indicatorId, planTargetId));
        audit.record(actor, actor.organisationId(), "target", planTargetId, Action.UPDATE,
                indicator.code(), List.of(new Change("indicatorId", null, String.valueOf(indicatorId))));
        TargetRow existing = targets.findByIndicatorIdAndUnitIdAndTargetYear(indicatorId, unit.id(), year.intValue()).orElse(null);
        if (existing != null) {
            return target(existing);
        }
        TargetRow created = new TargetRow(null, unit.organisationId(), indicatorId, unit.id(), year.intValue(), plan.value(),
                null, null, planTargetId, null);
        return target(write(actor, null, created, indicator.code() + " " + unit.name() + " " + year));
    }

    /** How far the target is in {@code year}: the roll-up of its unit for that year against it. */
    @ReadOnly
    public Achievement achievement(Actor actor, long targetId, int year) {
        Target target = target(row(actor, targetId));
        BigDecimal value = rollUp.rollUp(actor, target.indicatorId(), target.unitId(), Period.year(year), false).value();
        return AchievementRule.of(target, year, value);
    }

    /** A plan's target as the import wrote it: the plan's unit, the value and the year, if the plan gave one. */
    private record PlanTargetRow(long unitId, BigDecimal value, Long year) {
    }

    private TargetRow write(Actor actor, TargetRow before, TargetRow row, String summary) {
        try {
            if (before == null) {
                TargetRow created = targets.save(row);
                audit.created(actor, row.organisationId(), "indicator_target", created.id(), summary, created);
                return created;
            }
            TargetRow updated = targets.update(row);
            audit.updated(actor, row.organisationId(), "indicator_target", row.id(), summary, before, updated);
            return updated;
        } catch (OptimisticLockException stale) {
            throw new ConflictException("indicator.changed-by-someone-else", messages.get("indicator.changed-by-someone-else"));
        }
    }

    private TargetRow row(Actor actor, long id) {
        TargetRow row = targets.findById(id).filter(found -> inScope(actor, found.unitId()))
                .orElseThrow(() -> new NotFoundException("indicator.target.not-found", messages.get("indicator.target.not-found")));
        policy.require(actor, Operation.FIGURE_READ);
        return row;
    }

    private boolean inScope(Actor actor, long unitId) {
        return units.find(actor, unitId).isPresent();
    }

    private Target target(TargetRow row) {
        List<Milestone> list = milestones.findByTargetIdOrderByMilestoneYear(row.id()).stream()
                .map(milestone -> new Milestone(milestone.milestoneYear(), milestone.milestoneValue())).toList();
        return new Target(row.id(), row.indicatorId(), row.unitId(), row.targetYear(), row.targetValue(), row.baselineYear(),
                row.baselineValue(), list, row.planTargetId(), row.version());
    }

    private static void year(FieldErrors errors, String field, Integer year, boolean required) {
        if (year == null) {
            if (required) {
                errors.add(field, "indicator.target." + field + ".required");
            }
        } else if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            errors.add(field, "indicator.target.year.range", String.valueOf(Period.FIRST_YEAR),
                    String.valueOf(Period.LAST_YEAR));
        }
    }

    private static void value(FieldErrors errors, String field, BigDecimal value, Indicator indicator, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(field, "indicator.target.value.required");
            }
        } else if (value.signum() < 0) {
            errors.add(field, "figure.value.negative");
        } else if (indicator != null && indicator.valueType() == IndicatorModel.ValueType.PERCENTAGE && value.compareTo(FigureValues.HUNDRED) > 0) {
            errors.add(field, "figure.value.percentage");
        }
    }
}
