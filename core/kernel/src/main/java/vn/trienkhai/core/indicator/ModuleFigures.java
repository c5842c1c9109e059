package vn.trienkhai.core.indicator;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditEntry.Action;
import vn.trienkhai.core.audit.AuditEntry.Change;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureValues.Checked;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.IndicatorSource.Computed;
import vn.trienkhai.core.indicator.IndicatorSource.Definition;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.FigureRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.IndicatorRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRows.FigureRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.IndicatorRow;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.module.ModuleSwitched;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators of the modules ({@link IndicatorSource}): they join an organisation's catalogue when it switches the
 * module on and stop being followed when it switches it off; {@link #refresh} writes the figures a module computes.
 */
@Singleton
public class ModuleFigures {

    private final List<IndicatorSource> sources;
    private final IndicatorCatalogue catalogue;
    private final IndicatorRepository indicators;
    private final FigureRepository figures;
    private final FigureLocks locks;
    private final ModuleEnablement enablement;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Sql sql;
    private final Messages messages;
    private final Clock clock;

    ModuleFigures(List<IndicatorSource> sources, IndicatorCatalogue catalogue, IndicatorRepository indicators, FigureRepository figures,
                  FigureLocks locks, ModuleEnablement enablement, AccessPolicy policy, AuditTrail audit, Sql sql, Messages messages,
                  Clock clock) {
        this.sources = sources;
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.figures = figures;
        this.locks = locks;
        this.enablement = enablement;
        this.policy = policy;
        this.audit = audit;
        this.sql = sql;
        this.messages = messages;
        this.clock = clock;
    }

    /** Defines the module's indicators in the organisation (or follows them again), or stops following them. */
    @EventListener
    void onModuleSwitched(ModuleSwitched event) {
        for (IndicatorSource source : sources) {
            if (!source.moduleId().equals(event.moduleId())) {
                continue;
            }
            for (Definition definition : source.indicators()) {
                Optional<IndicatorRow> existing = indicators.findByOrganisationIdAndCode(event.organisationId(), definition.code());
                if (existing.isEmpty()) {
                    if (event.enabled()) {
                        catalogue.define(event.actor(), request(source, definition, true, null));
                    }
                } else if (source.moduleId().equals(existing.get().moduleId())) {
                    catalogue.update(event.actor(), existing.get().id(), request(source, definition, event.enabled(), existing.get().version()));
                }
            }
        }
    }

    /**
     * Refreshes every indicator of {@code moduleId} the organisation follows that has periods of {@code period}'s kind, as
     * the installation: a module calls it when a record changes, and the figures derive from what the person who changed
     * it was allowed to enter, whether or not they may manage indicators.
     */
    @Transactional
    public void refreshModule(long organisationId, String moduleId, Period period) {
        long root = sql.list("SELECT root_unit_id FROM organisation WHERE id = ?", List.of(organisationId), row -> row.getLong(1)).getFirst();
        Actor system = Actor.system(organisationId, root, UnitPath.root(root));
        for (Indicator indicator : catalogue.list(system)) {
            if (moduleId.equals(indicator.moduleId()) && indicator.active() && indicator.periodKinds().contains(period.kind())) {
                refresh(system, indicator.id(), period);
            }
        }
    }

    /**
     * Writes the figures the module computes for the indicator and period, replacing the computed ones before; a locked
     * unit and period keeps its figure. Returns how many figures were written.
     */
    @Transactional
    public int refresh(Actor actor, long indicatorId, Period period) {
        policy.require(actor, Operation.INDICATOR_MANAGE);
        Indicator indicator = catalogue.get(actor, indicatorId);
        if (indicator.source() != Source.MODULE || !enablement.isEnabled(indicator.organisationId(), indicator.moduleId())) {
            throw new NotFoundException("indicator.not-found", messages.get("indicator.not-found", String.valueOf(indicatorId)));
        }
        IndicatorSource source = sources.stream().filter(candidate -> candidate.moduleId().equals(indicator.moduleId())).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator.not-found", messages.get("indicator.not-found", String.valueOf(indicatorId))));
        List<Computed> computed = source.compute(indicator.organisationId(), indicator.code(), period);
        Map<Long, UnitKind> kinds = unitKinds(indicator.organisationId(), computed);
        FieldErrors errors = new FieldErrors(messages);
        Instant now = clock.instant();
        int written = 0;
        for (Computed figure : computed) {
            String prefix = "figures[" + figure.unitId() + "].";
            UnitKind kind = kinds.get(figure.unitId());
            if (kind == null || !indicator.unitKinds().contains(kind)) {
                errors.add(prefix + "unitId", "figure.unit.out-of-scope", String.valueOf(figure.unitId()));
                continue;
            }
            Checked values = FigureValues.check(indicator, new FigureInput(0, indicatorId, figure.unitId(), period, figure.value(),
                    figure.numerator(), figure.denominator(), null), errors, prefix);
            if (values == null || locks.isLocked(figure.unitId(), period)) {
                continue;
            }
            Optional<FigureRow> stored = figures.findByIndicatorIdAndPeriodKindAndPeriodStartAndUnitId(indicatorId, period.kind().name(),
                    period.start(), figure.unitId());
            FigureRow row = new FigureRow(stored.map(FigureRow::id).orElse(null), indicator.organisationId(), indicatorId, figure.unitId(),
                    period.kind().name(), period.start(), period.end(), values.value(), values.numerator(), values.denominator(),
                    Source.MODULE.name(), source.moduleId(), now, stored.map(FigureRow::version).orElse(null));
            if (stored.isPresent()) {
                figures.update(row);
            } else {
                figures.save(row);
            }
            written++;
        }
        // a module computing wrong figures is a bug of the module: refuse them all rather than store some
        errors.throwIfAny();
        audit.record(actor, indicator.organisationId(), "indicator", indicatorId, Action.UPDATE, indicator.code() + " " + period.label(),
                List.of(new Change("computedFigures", null, String.valueOf(written))));
        return written;
    }

    private Map<Long, UnitKind> unitKinds(long organisationId, List<Computed> computed) {
        Map<Long, UnitKind> kinds = new HashMap<>();
        List<Long> ids = computed.stream().map(Computed::unitId).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(organisationId);
            sql.list("SELECT id, kind FROM unit WHERE id IN (" + RollUpQueries.placeholders(chunk.size()) + ") AND organisation_id = ?",
                    parameters, row -> kinds.put(row.getLong(1), UnitKind.valueOf(row.getString(2))));
        }
        return kinds;
    }

    private static IndicatorRequest request(IndicatorSource source, Definition definition, boolean active, Long version) {
        return new IndicatorRequest(definition.code(), definition.name(), definition.valueType(), definition.aggregation(),
                definition.numeratorLabel(), definition.denominatorLabel(), definition.periodKinds(), definition.unitKinds(), Source.MODULE,
                source.moduleId(), active, version);
    }
}
