package vn.trienkhai.core.indicator;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureValues.Checked;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.FigureRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRows.FigureRow;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Typing and importing figures (DD004): a data set's form for a unit and period, or the rows of a spreadsheet, saved
 * all or nothing. Every row is checked first and every error reported with its row and field ({@code figures[3].value});
 * one error, one locked unit and period, or one figure changed since it was read saves nothing.
 */
@Singleton
public class FigureEntry {

    private final IndicatorCatalogue catalogue;
    private final FigureRepository figures;
    private final FigureLocks locks;
    private final UnitService units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    FigureEntry(IndicatorCatalogue catalogue, FigureRepository figures, FigureLocks locks, UnitService units, AccessPolicy policy,
                AuditTrail audit, Messages messages, Clock clock) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.locks = locks;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The figures a unit has for a period, of every indicator: what a data entry form shows. */
    @ReadOnly
    public List<Figure> figures(Actor actor, long unitId, Period period) {
        units.get(actor, unitId);
        policy.require(actor, Operation.FIGURE_READ);
        return figures.findByUnitIdAndPeriodKindAndPeriodStart(unitId, period.kind().name(), period.start()).stream()
                .map(FigureEntry::figure).toList();
    }

    /** Saves the batch; returns the saved figures in the batch's order. */
    @Transactional
    public List<Figure> save(Actor actor, FigureBatch batch) {
        List<FigureRow> rows = checked(actor, batch);
        List<Figure> saved = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            saved.add(figure(write(actor, rows.get(i), batch.figures().get(i).row())));
        }
        return saved;
    }

    /**
     * What {@link #save} would refuse, without writing: every field error, and a figure changed (or created) since it
     * was read as an error on its {@code version}. Empty when the batch would be saved.
     */
    @ReadOnly
    public List<FieldError> check(Actor actor, FigureBatch batch) {
        List<FigureRow> rows;
        try {
            rows = checked(actor, batch);
        } catch (InvalidRequestException invalid) {
            return invalid.fieldErrors();
        }
        List<FieldError> stale = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FigureRow row = rows.get(i);
            Optional<Long> stored = figures.findByIndicatorIdAndPeriodKindAndPeriodStartAndUnitId(row.indicatorId(), row.periodKind(),
                    row.periodStart(), row.unitId()).map(FigureRow::version);
            if (!Objects.equals(stored.orElse(null), row.version())) {
                String inputRow = String.valueOf(batch.figures().get(i).row());
                stale.add(new FieldError("figures[" + inputRow + "].version", "figure.changed-by-someone-else",
                        messages.get("figure.changed-by-someone-else", inputRow)));
            }
        }
        return stale;
    }

    /** The rows the batch makes, in its order, once every input passed every rule; else every error is thrown at once. */
    private List<FigureRow> checked(Actor actor, FigureBatch batch) {
        policy.require(actor, Operation.FIGURE_ENTER);
        Source source = batch.source() == null ? Source.MANUAL : batch.source();
        if (source == Source.MODULE) {
            throw new IllegalArgumentException("Module figures are written by ModuleFigures, not typed in");
        }
        FieldErrors errors = new FieldErrors(messages);
        if (batch.figures() == null || batch.figures().isEmpty()) {
            errors.add("figures", "figure.batch.empty");
            errors.throwIfAny();
        }
        Map<Long, Optional<Indicator>> indicators = new HashMap<>();
        Map<Long, Optional<Unit>> unitsById = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<FigureRow> rows = new ArrayList<>();
        for (FigureInput input : batch.figures()) {
            String prefix = "figures[" + input.row() + "].";
            Indicator indicator = indicator(actor, input, indicators, errors, prefix);
            Unit unit = unit(actor, input, indicator, unitsById, errors, prefix);
            boolean periodValid = period(input, indicator, unit, errors, prefix);
            Checked values = indicator == null ? null : FigureValues.check(indicator, input, errors, prefix);
            if (indicator == null || unit == null || !periodValid || values == null) {
                continue;
            }
            Period period = input.period();
            if (!seen.add(indicator.id() + "/" + unit.id() + "/" + period.code())) {
                errors.add(prefix + "indicatorId", "figure.duplicate", indicator.code(), unit.name(), period.label());
                continue;
            }
            if (locks.isLocked(unit.id(), period)) {
                errors.add(prefix + "period", "figure.locked", unit.name(), period.label());
                continue;
            }
            rows.add(new FigureRow(null, unit.organisationId(), indicator.id(), unit.id(), period.kind().name(), period.start(),
                    period.end(), values.value(), values.numerator(), values.denominator(), source.name(), actor.login(),
                    clock.instant(), input.version()));
        }
        errors.throwIfAny();
        return rows;
    }

    /** Inserts or updates one checked row; a version that is not the stored one refuses the whole batch. */
    private FigureRow write(Actor actor, FigureRow row, int inputRow) {
        Optional<FigureRow> stored = figures.findByIndicatorIdAndPeriodKindAndPeriodStartAndUnitId(row.indicatorId(), row.periodKind(),
                row.periodStart(), row.unitId());
        if (stored.isPresent() != (row.version() != null)) {
            throw stale(inputRow);
        }
        Instant at = clock.instant();
        String summary = catalogue.row(actor, row.indicatorId()).code() + " " + Period.starting(PeriodKind.valueOf(row.periodKind()),
                row.periodStart()).label();
        if (stored.isEmpty()) {
            FigureRow created = figures.save(row);
            audit.created(actor, row.organisationId(), "figure", created.id(), summary, created);
            return created;
        }
        FigureRow before = stored.get();
        try {
            FigureRow updated = figures.update(new FigureRow(before.id(), before.organisationId(), before.indicatorId(), before.unitId(),
                    before.periodKind(), before.periodStart(), before.periodEnd(), row.figureValue(), row.numerator(), row.denominator(),
                    row.source(), actor.login(), at, row.version()));
            audit.updated(actor, row.organisationId(), "figure", before.id(), summary, before, updated);
            return updated;
        } catch (OptimisticLockException changed) {
            throw stale(inputRow);
        }
    }

    private ConflictException stale(int inputRow) {
        return new ConflictException("figure.changed-by-someone-else", messages.get("figure.changed-by-someone-else", String.valueOf(inputRow)));
    }

    private Indicator indicator(Actor actor, FigureInput input, Map<Long, Optional<Indicator>> cache, FieldErrors errors, String prefix) {
        if (input.indicatorId() == null) {
            errors.add(prefix + "indicatorId", "figure.indicator.required");
            return null;
        }
        Optional<Indicator> found = cache.computeIfAbsent(input.indicatorId(), id -> {
            try {
                return Optional.of(catalogue.get(actor, id));
            } catch (NotFoundException missing) {
                return Optional.empty();
            }
        });
        if (found.isEmpty()) {
            errors.add(prefix + "indicatorId", "indicator.not-found", String.valueOf(input.indicatorId()));
            return null;
        }
        Indicator indicator = found.get();
        if (!indicator.isEnteredByHand()) {
            errors.add(prefix + "indicatorId", "figure.indicator.computed", indicator.code());
            return null;
        }
        if (!indicator.active()) {
            errors.add(prefix + "indicatorId", "figure.indicator.inactive", indicator.code());
            return null;
        }
        return indicator;
    }

    /** The unit, in the actor's scope and of a kind the indicator applies to. */
    private Unit unit(Actor actor, FigureInput input, Indicator indicator, Map<Long, Optional<Unit>> cache, FieldErrors errors,
                      String prefix) {
        if (input.unitId() == null) {
            errors.add(prefix + "unitId", "figure.unit.required");
            return null;
        }
        Optional<Unit> found = cache.computeIfAbsent(input.unitId(), id -> {
            try {
                return Optional.of(units.get(actor, id));
            } catch (NotFoundException outside) {
                return Optional.empty();
            }
        });
        if (found.isEmpty()) {
            errors.add(prefix + "unitId", "figure.unit.out-of-scope", String.valueOf(input.unitId()));
            return null;
        }
        Unit unit = found.get();
        if (indicator != null && !indicator.unitKinds().contains(unit.kind())) {
            errors.add(prefix + "unitId", "figure.unit.kind", unit.name(), indicator.code());
            return null;
        }
        return unit;
    }

    /** The period: one the indicator is collected for, within the unit's existence. */
    private boolean period(FigureInput input, Indicator indicator, Unit unit, FieldErrors errors, String prefix) {
        Period period = input.period();
        if (period == null) {
            errors.add(prefix + "period", "figure.period.required");
            return false;
        }
        if (indicator != null && !indicator.periodKinds().contains(period.kind())) {
            errors.add(prefix + "period", "figure.period.kind", indicator.code(),
                    messages.get("indicator.period-kind." + period.kind().name()));
            return false;
        }
        if (unit != null && (unit.validFrom().isAfter(period.end()) || unit.validTo() != null && !unit.validTo().isAfter(period.start()))) {
            errors.add(prefix + "period", "figure.period.unit-not-existing", unit.name(), period.label());
            return false;
        }
        return true;
    }

    static Figure figure(FigureRow row) {
        return new Figure(row.id(), row.indicatorId(), row.unitId(), Period.starting(PeriodKind.valueOf(row.periodKind()), row.periodStart()),
                row.figureValue(), row.numerator(), row.denominator(), Source.valueOf(row.source()), row.version());
    }
}
