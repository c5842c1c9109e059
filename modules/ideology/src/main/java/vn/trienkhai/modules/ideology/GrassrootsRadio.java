package vn.trienkhai.modules.ideology;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.audit.AuditEntry.Action;
import vn.trienkhai.core.audit.AuditEntry.Change;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPointRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioStatus;
import vn.trienkhai.modules.ideology.IdeologyModel.Repair;
import vn.trienkhai.modules.ideology.IdeologyModel.RepairRequest;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.RadioPointRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.RadioRepairRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.RadioPointRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.RadioRepairRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Grassroots radio: each commune's station and its villages' loudspeaker clusters, their state at the last check,
 * and the repairs that changed it. A district reads which villages are down; the indicators count the working ones.
 */
@Singleton
public class GrassrootsRadio {

    static final String ENTITY = "ideology_radio_point";
    static final String REPAIR_ENTITY = "ideology_radio_repair";
    private static final int NAME_MAX = 200;
    private static final int NOTE_MAX = 1000;

    private final RadioPointRepository points;
    private final RadioRepairRepository repairs;
    private final ModuleRecords.Records records;
    private final IdeologyAccess access;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    GrassrootsRadio(RadioPointRepository points, RadioRepairRepository repairs, ModuleRecords records, IdeologyAccess access, AuditTrail audit,
                    Messages messages, Clock clock) {
        this.points = points;
        this.repairs = repairs;
        this.records = records.of(IdeologyModule.ID);
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The radio points of the communes in the actor's scope, by commune, its station first, then its villages. */
    @ReadOnly
    public List<RadioPoint> list(Actor actor) {
        return within(actor, "/");
    }

    /** The radio points of the communes at or below {@code unitId}. */
    @ReadOnly
    public List<RadioPoint> ofUnit(Actor actor, long unitId) {
        return within(actor, access.unit(actor, unitId).path());
    }

    /** The points in the actor's scope that are not working (broken, or none at all): what the district must repair. */
    @ReadOnly
    public List<RadioPoint> down(Actor actor) {
        return list(actor).stream().filter(point -> !point.isWorking()).toList();
    }

    @ReadOnly
    public List<Repair> repairs(Actor actor, long pointId) {
        row(actor, pointId);
        return repairs.latestFirst(pointId).stream().map(GrassrootsRadio::repair).toList();
    }

    /** Registers a station or cluster ({@code id} null) or corrects its record. */
    @Transactional
    public RadioPoint save(Actor actor, Long id, RadioPointRequest request) {
        RadioPointRow before = id == null ? null : row(actor, id);
        FieldErrors errors = new FieldErrors(messages);
        Unit commune = null;
        if (request.communeId() == null) {
            errors.add("communeId", "ideology.radio.commune.required");
        } else {
            commune = access.unit(actor, request.communeId());
            if (commune.kind() != UnitKind.COMMUNE) {
                errors.add("communeId", "ideology.radio.commune.not-commune");
            }
        }
        access.requireRecord(actor);
        if (request.kind() == null) {
            errors.add("kind", "ideology.radio.kind.required");
        }
        String village = errors.checkText("village", request.village(), NAME_MAX,
                request.kind() == RadioKind.CLUSTER ? "ideology.radio.village.required" : null);
        if (request.kind() == RadioKind.STATION) {
            // a commune has one station: it is named by its commune
            village = "";
        }
        if (request.status() == null) {
            errors.add("status", "ideology.radio.status.required");
        }
        checkDate(errors, "lastChecked", request.lastChecked());
        String note = errors.checkText("note", request.note(), NOTE_MAX, null);
        records.checkVersion(errors, before, request.version());
        if (commune != null && request.kind() != null && village != null && points.findByCommuneIdAndKindAndVillage(commune.id(),
                request.kind().name(), village).filter(other -> before == null || !other.id().equals(before.id())).isPresent()) {
            errors.add(request.kind() == RadioKind.STATION ? "kind" : "village", "ideology.radio.exists");
        }
        errors.throwIfAny();
        RadioPointRow row = new RadioPointRow(id, commune.organisationId(), commune.id(), request.kind().name(), Objects.requireNonNull(village),
                request.status().name(), request.lastChecked(), note, before == null ? null : request.version());
        return point(write(actor, before, row, label(commune, row)), commune);
    }

    /** Records a check or repair: it joins the point's history and sets its state and last check. */
    @Transactional
    public RadioPoint recordRepair(Actor actor, long pointId, RepairRequest request) {
        RadioPointRow before = row(actor, pointId);
        Unit commune = access.unit(actor, before.communeId());
        access.requireRecord(actor);
        FieldErrors errors = new FieldErrors(messages);
        if (request.repairedOn() == null) {
            errors.add("repairedOn", "ideology.radio.repaired-on.required");
        }
        checkDate(errors, "repairedOn", request.repairedOn());
        String description = errors.checkText("description", request.description(), NOTE_MAX, "ideology.radio.description.required");
        if (request.statusAfter() == null) {
            errors.add("statusAfter", "ideology.radio.status.required");
        }
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        boolean latest = before.lastChecked() == null || !request.repairedOn().isBefore(before.lastChecked());
        // a repair written late for an earlier day joins the history without undoing a later check
        RadioPointRow row = new RadioPointRow(before.id(), before.organisationId(), before.communeId(), before.kind(), before.village(),
                latest ? request.statusAfter().name() : before.status(), latest ? request.repairedOn() : before.lastChecked(), before.note(),
                request.version());
        RadioPointRow saved = write(actor, before, row, label(commune, row));
        RadioRepairRow repair = repairs.save(new RadioRepairRow(null, pointId, request.repairedOn(), description, request.statusAfter().name()));
        audit.record(actor, before.organisationId(), REPAIR_ENTITY, repair.id(), Action.CREATE, label(commune, row),
                List.of(new Change("description", null, description), new Change("statusAfter", null, request.statusAfter().name())));
        return point(saved, commune);
    }

    private List<RadioPoint> within(Actor actor, String pathPrefix) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        Comparator<RadioPoint> order = Comparator.comparing(RadioPoint::communeName, VietnameseText.order())
                .thenComparing(RadioPoint::kind).thenComparing(RadioPoint::village, VietnameseText.order());
        return points.findByOrganisationId(actor.organisationId()).stream()
                .filter(row -> visible.containsKey(row.communeId()) && visible.get(row.communeId()).path().startsWith(pathPrefix))
                .map(row -> point(row, visible.get(row.communeId()))).sorted(order).toList();
    }

    private void checkDate(FieldErrors errors, String field, LocalDate date) {
        errors.checkDate(field, date);
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            errors.add(field, "ideology.date.future");
        }
    }

    private RadioPointRow write(Actor actor, RadioPointRow before, RadioPointRow row, String label) {
        return records.write(actor, points, ENTITY, before, row, label);
    }

    private RadioPointRow row(Actor actor, long id) {
        return records.find(actor, points, id, RadioPointRow::communeId, "ideology.radio.not-found");
    }

    private static String label(Unit commune, RadioPointRow row) {
        return row.village().isEmpty() ? commune.name() : commune.name() + " – " + row.village();
    }

    private static RadioPoint point(RadioPointRow row, Unit commune) {
        return new RadioPoint(row.id(), row.communeId(), commune.name(), RadioKind.valueOf(row.kind()), row.village(),
                RadioStatus.valueOf(row.status()), row.lastChecked(), row.note(), row.version());
    }

    private static Repair repair(RadioRepairRow row) {
        return new Repair(row.id(), row.pointId(), row.repairedOn(), row.description(), RadioStatus.valueOf(row.statusAfter()));
    }
}
