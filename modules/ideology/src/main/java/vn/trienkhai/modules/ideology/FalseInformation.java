package vn.trienkhai.modules.ideology;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.ideology.IdeologyModel.Incident;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentAction;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Platform;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.IncidentRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.IncidentRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Countering false information (Ban Chỉ đạo 35): the posts found online about a unit's area, and what was done —
 * reported to the platform, countered with posts, removed — by whom and when.
 */
@Singleton
public class FalseInformation {

    static final String ENTITY = "ideology_incident";
    private static final Pattern WEB_LINK = Pattern.compile("https?://\\S+");
    private static final int LINK_MAX = 1000;
    private static final int TOPIC_MAX = 300;
    private static final int NAME_MAX = 200;

    private final IncidentRepository incidents;
    private final ModuleRecords.Records records;
    private final IdeologyAccess access;
    private final Messages messages;
    private final Clock clock;

    FalseInformation(IncidentRepository incidents, ModuleRecords records, IdeologyAccess access, Messages messages, Clock clock) {
        this.incidents = incidents;
        this.records = records.of(IdeologyModule.ID);
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The incidents about units in the actor's scope, the latest found first. */
    @ReadOnly
    public List<Incident> list(Actor actor) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        return incidents.latestFirst(actor.organisationId()).stream().filter(row -> visible.containsKey(row.unitId()))
                .map(row -> incident(row, visible.get(row.unitId()))).toList();
    }

    /** Records an incident ({@code id} null) or what was done about it since. */
    @Transactional
    public Incident save(Actor actor, Long id, IncidentRequest request) {
        IncidentRow before = id == null ? null : records.find(actor, incidents, id, IncidentRow::unitId, "ideology.incident.not-found");
        FieldErrors errors = new FieldErrors(messages);
        Unit unit = records.requestedUnit(actor, errors, "unitId", request.unitId(), "ideology.opinion.unit.required");
        access.requireRecord(actor);
        LocalDate today = LocalDate.now(clock);
        if (request.foundOn() == null) {
            errors.add("foundOn", "ideology.incident.found-on.required");
        } else if (request.foundOn().isAfter(today)) {
            errors.add("foundOn", "ideology.date.future");
        }
        errors.checkDate("foundOn", request.foundOn());
        if (request.platform() == null) {
            errors.add("platform", "ideology.incident.platform.required");
        }
        String link = errors.checkText("link", request.link(), LINK_MAX, "ideology.incident.link.required");
        if (link != null && !WEB_LINK.matcher(link).matches()) {
            errors.add("link", "ideology.incident.link.invalid");
        }
        String topic = errors.checkText("topic", request.topic(), TOPIC_MAX, "ideology.opinion.topic.required");
        if (request.reach() != null && request.reach() < 0) {
            errors.add("reach", "ideology.incident.reach.negative");
        }
        if (request.action() == null) {
            errors.add("action", "ideology.incident.action.required");
        }
        boolean handled = request.action() != null && request.action() != IncidentAction.PENDING;
        String handledBy = errors.checkText("handledBy", request.handledBy(), NAME_MAX, handled ? "ideology.incident.handled-by.required" : null);
        if (handled && request.handledOn() == null) {
            errors.add("handledOn", "ideology.incident.handled-on.required");
        } else if (request.handledOn() != null && (request.handledOn().isAfter(today)
                || request.foundOn() != null && request.handledOn().isBefore(request.foundOn()))) {
            errors.add("handledOn", "ideology.incident.handled-on.range");
        }
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        IncidentRow row = new IncidentRow(id, unit.organisationId(), unit.id(), request.foundOn(), request.platform().name(), link, topic,
                request.reach(), request.action().name(), handled ? handledBy : null, handled ? request.handledOn() : null,
                before == null ? null : request.version());
        return incident(records.write(actor, incidents, ENTITY, before, row, unit.name() + ": " + topic), unit);
    }

    private static Incident incident(IncidentRow row, Unit unit) {
        return new Incident(row.id(), row.unitId(), unit.name(), row.foundOn(), Platform.valueOf(row.platform()), row.link(), row.topic(),
                row.reach(), IncidentAction.valueOf(row.action()), row.handledBy(), row.handledOn(), row.version());
    }
}
