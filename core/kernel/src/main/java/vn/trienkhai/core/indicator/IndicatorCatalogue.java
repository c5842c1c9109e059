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
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.DataSetRequest;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.DataSetIndicatorRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.DataSetRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRepositories.IndicatorRepository;
import vn.trienkhai.core.indicator.internal.IndicatorRows.DataSetIndicatorRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.DataSetRow;
import vn.trienkhai.core.indicator.internal.IndicatorRows.IndicatorRow;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.text.CleanText;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The organisation's indicators and data sets: defined and changed by officers and administrators, read by everyone.
 * An indicator's value type and aggregation are fixed once it has figures: changing them would change what the
 * stored figures mean.
 */
@Singleton
public class IndicatorCatalogue {

    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9._-]{0,31}");

    private final IndicatorRepository indicators;
    private final DataSetRepository dataSets;
    private final DataSetIndicatorRepository members;
    private final ModuleRegistry modules;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Sql sql;
    private final Messages messages;

    IndicatorCatalogue(IndicatorRepository indicators, DataSetRepository dataSets, DataSetIndicatorRepository members,
                       ModuleRegistry modules, AccessPolicy policy, AuditTrail audit, Sql sql, Messages messages) {
        this.indicators = indicators;
        this.dataSets = dataSets;
        this.members = members;
        this.modules = modules;
        this.policy = policy;
        this.audit = audit;
        this.sql = sql;
        this.messages = messages;
    }

    @ReadOnly
    public List<Indicator> list(Actor actor) {
        policy.require(actor, Operation.FIGURE_READ);
        return indicators.findByOrganisationIdOrderByCode(actor.organisationId()).stream().map(Indicators::of).toList();
    }

    @ReadOnly
    public Indicator get(Actor actor, long id) {
        policy.require(actor, Operation.FIGURE_READ);
        return Indicators.of(row(actor, id));
    }

    @Transactional
    public Indicator define(Actor actor, IndicatorRequest request) {
        policy.require(actor, Operation.INDICATOR_MANAGE);
        IndicatorRow row = validated(actor, null, request);
        IndicatorRow saved = indicators.save(row);
        audit.created(actor, actor.organisationId(), "indicator", saved.id(), saved.code() + " " + saved.name(), saved);
        return Indicators.of(saved);
    }

    /** Changes an indicator; the request carries the version read. */
    @Transactional
    public Indicator update(Actor actor, long id, IndicatorRequest request) {
        policy.require(actor, Operation.INDICATOR_MANAGE);
        IndicatorRow before = row(actor, id);
        IndicatorRow changed = validated(actor, before, request);
        try {
            IndicatorRow saved = indicators.update(changed);
            audit.updated(actor, before.organisationId(), "indicator", id, saved.code() + " " + saved.name(), before, saved);
            return Indicators.of(saved);
        } catch (OptimisticLockException stale) {
            throw new ConflictException("indicator.changed-by-someone-else", messages.get("indicator.changed-by-someone-else"));
        }
    }

    @ReadOnly
    public List<DataSet> dataSets(Actor actor) {
        policy.require(actor, Operation.FIGURE_READ);
        return dataSets.findByOrganisationIdOrderByName(actor.organisationId()).stream().map(this::dataSet).toList();
    }

    @ReadOnly
    public DataSet dataSet(Actor actor, long id) {
        policy.require(actor, Operation.FIGURE_READ);
        return dataSet(dataSetRow(actor, id));
    }

    /** Creates a data set ({@code id} null) or replaces one's name and indicators, in the order given. */
    @Transactional
    public DataSet saveDataSet(Actor actor, Long id, DataSetRequest request) {
        policy.require(actor, Operation.INDICATOR_MANAGE);
        DataSetRow before = id == null ? null : dataSetRow(actor, id);
        FieldErrors errors = new FieldErrors(messages);
        String name = text(errors, "name", request.name(), 255);
        List<Long> ids = request.indicatorIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.indicatorIds()));
        if (ids.isEmpty()) {
            errors.add("indicatorIds", "indicator.data-set.empty");
        }
        Map<Long, IndicatorRow> found = indicators.findByIdIn(ids).stream()
                .filter(row -> row.organisationId() == actor.organisationId())
                .collect(Collectors.toMap(IndicatorRow::id, Function.identity()));
        ids.stream().filter(indicatorId -> !found.containsKey(indicatorId)).findFirst()
                .ifPresent(missing -> errors.add("indicatorIds", "indicator.not-found", String.valueOf(missing)));
        if (before != null && request.version() == null) {
            errors.add("version", "indicator.version.required");
        }
        errors.throwIfAny();
        DataSetRow saved;
        try {
            saved = before == null ? dataSets.save(new DataSetRow(null, actor.organisationId(), name, null))
                    : dataSets.update(new DataSetRow(before.id(), before.organisationId(), name, request.version()));
        } catch (OptimisticLockException stale) {
            throw new ConflictException("indicator.changed-by-someone-else", messages.get("indicator.changed-by-someone-else"));
        }
        members.deleteByDataSetId(saved.id());
        for (int position = 0; position < ids.size(); position++) {
            members.save(new DataSetIndicatorRow(null, saved.id(), ids.get(position), position));
        }
        DataSet result = dataSet(saved);
        String summary = name + ": " + ids.size() + " chỉ tiêu";
        if (before == null) {
            audit.created(actor, saved.organisationId(), "data_set", saved.id(), summary, saved);
        } else {
            audit.updated(actor, saved.organisationId(), "data_set", saved.id(), summary, before, saved);
        }
        return result;
    }

    /** The row of an indicator of the actor's organisation; another organisation's is "not found". */
    IndicatorRow row(Actor actor, long id) {
        return indicators.findById(id)
                .filter(row -> row.organisationId() == actor.organisationId() || actor.has(vn.trienkhai.core.access.Role.SYSTEM_ADMIN))
                .orElseThrow(() -> new NotFoundException("indicator.not-found", messages.get("indicator.not-found", String.valueOf(id))));
    }

    private DataSetRow dataSetRow(Actor actor, long id) {
        return dataSets.findById(id)
                .filter(row -> row.organisationId() == actor.organisationId() || actor.has(vn.trienkhai.core.access.Role.SYSTEM_ADMIN))
                .orElseThrow(() -> new NotFoundException("indicator.data-set.not-found", messages.get("indicator.data-set.not-found")));
    }

    private DataSet dataSet(DataSetRow row) {
        List<Long> ids = members.findByDataSetIdOrderByPosition(row.id()).stream().map(DataSetIndicatorRow::indicatorId).toList();
        Map<Long, Indicator> byId = indicators.findByIdIn(ids).stream().map(Indicators::of)
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        return new DataSet(row.id(), row.organisationId(), row.name(), ids.stream().map(byId::get).toList(), row.version());
    }

    /** The row a request makes of {@code before} (null: a new indicator), every invalid field reported at once. */
    private IndicatorRow validated(Actor actor, IndicatorRow before, IndicatorRequest request) {
        long organisationId = before == null ? actor.organisationId() : before.organisationId();
        FieldErrors errors = new FieldErrors(messages);
        String code = text(errors, "code", request.code(), 32);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add("code", "indicator.code.format");
        } else if (code != null && indicators.findByOrganisationIdAndCode(organisationId, code)
                .filter(other -> before == null || !other.id().equals(before.id())).isPresent()) {
            errors.add("code", "indicator.code.taken", code);
        }
        String name = text(errors, "name", request.name(), 500);
        ValueType type = required(errors, "valueType", request.valueType());
        Aggregation aggregation = required(errors, "aggregation", request.aggregation());
        boolean ratio = aggregation == Aggregation.RATIO_OF_SUMS;
        if (ratio && type != null && type != ValueType.PERCENTAGE) {
            errors.add("aggregation", "indicator.aggregation.ratio-needs-percentage");
        }
        if (aggregation == Aggregation.SUM && (type == ValueType.PERCENTAGE || type == ValueType.YES_NO)) {
            errors.add("aggregation", "indicator.aggregation.sum-of-percentages");
        }
        String numeratorLabel = ratio ? text(errors, "numeratorLabel", request.numeratorLabel(), 255) : null;
        String denominatorLabel = ratio ? text(errors, "denominatorLabel", request.denominatorLabel(), 255) : null;
        if (request.periodKinds() == null || request.periodKinds().isEmpty()) {
            errors.add("periodKinds", "indicator.period-kinds.required");
        }
        if (request.unitKinds() == null || request.unitKinds().isEmpty()) {
            errors.add("unitKinds", "indicator.unit-kinds.required");
        }
        Source source = required(errors, "source", request.source());
        String moduleId = source == Source.MODULE ? request.moduleId() : null;
        if (source == Source.MODULE && (moduleId == null || !modules.isInstalled(moduleId))) {
            errors.add("moduleId", "indicator.module.unknown", Objects.toString(moduleId, ""));
        }
        if (before != null) {
            if (request.version() == null) {
                errors.add("version", "indicator.version.required");
            }
            boolean meaningChanged = !before.valueType().equals(String.valueOf(type)) || !before.aggregation().equals(String.valueOf(aggregation));
            if (meaningChanged && hasFigures(before.id())) {
                errors.add(before.valueType().equals(String.valueOf(type)) ? "aggregation" : "valueType", "indicator.has-figures");
            }
        }
        errors.throwIfAny();
        boolean active = request.active() == null || request.active();
        return new IndicatorRow(before == null ? null : before.id(), organisationId, code, name, type.name(), aggregation.name(),
                numeratorLabel, denominatorLabel, Indicators.join(request.periodKinds()), Indicators.join(request.unitKinds()),
                source.name(), moduleId, active, before == null ? null : request.version());
    }

    private boolean hasFigures(long indicatorId) {
        return !sql.list("SELECT 1 FROM figure WHERE indicator_id = ? LIMIT 1", List.of(indicatorId), row -> 1).isEmpty();
    }

    private <T> T required(FieldErrors errors, String field, T value) {
        if (value == null) {
            errors.add(field, "indicator." + field + ".required");
        }
        return value;
    }

    /** A required one-line text in NFC; over {@code max} characters is refused, not cut. */
    static String text(FieldErrors errors, String field, String value, int max) {
        String text = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            errors.add(field, "indicator." + field + ".required");
            return null;
        }
        if (CleanText.hasControl(text)) {
            errors.add(field, "text.control");
        }
        if (text.length() > max) {
            errors.add(field, "indicator.text.too-long", String.valueOf(max));
        }
        return text;
    }
}
