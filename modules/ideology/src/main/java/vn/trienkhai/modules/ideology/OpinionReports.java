package vn.trienkhai.modules.ideology;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.ideology.IdeologyModel.CloseRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionStatus;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.OpinionReportRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.OpinionReportRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Public-opinion reports (báo cáo dư luận xã hội): recorded by officers and reporters for a unit in their scope,
 * corrected while open, closed with what was done. A hot spot needs someone who follows it up and stays listed
 * until it is closed.
 */
@Singleton
public class OpinionReports {

    static final String ENTITY = "ideology_opinion_report";
    private static final int TOPIC_MAX = 300;
    private static final int SUMMARY_MAX = 4000;
    private static final int NOTE_MAX = 2000;
    private static final int NAME_MAX = 200;

    private final OpinionReportRepository reports;
    private final ModuleRecords.Records records;
    private final IdeologyAccess access;
    private final Messages messages;
    private final Clock clock;

    OpinionReports(OpinionReportRepository reports, ModuleRecords records, IdeologyAccess access, Messages messages, Clock clock) {
        this.reports = reports;
        this.records = records.of(IdeologyModule.ID);
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The reports about units in the actor's scope, the latest first. */
    @ReadOnly
    public List<OpinionReport> list(Actor actor) {
        return within(actor, reports.latestFirst(actor.organisationId()), "/");
    }

    /** The reports about {@code unitId} and the units below it. */
    @ReadOnly
    public List<OpinionReport> ofUnit(Actor actor, long unitId) {
        Unit unit = access.unit(actor, unitId);
        return within(actor, reports.latestFirst(actor.organisationId()), unit.path());
    }

    /** The hot spots not closed yet in the actor's scope, the oldest first: the ones waiting longest come first. */
    @ReadOnly
    public List<OpinionReport> openHotSpots(Actor actor) {
        return within(actor, reports.findByOrganisationIdAndHotSpotTrueAndStatusOrderByReportDate(actor.organisationId(),
                OpinionStatus.OPEN.name()), "/");
    }

    @ReadOnly
    public OpinionReport get(Actor actor, long id) {
        OpinionReportRow row = row(actor, id);
        return report(row, access.unit(actor, row.unitId()));
    }

    /** Records a report ({@code id} null) or corrects an open one. */
    @Transactional
    public OpinionReport save(Actor actor, Long id, OpinionRequest request) {
        OpinionReportRow before = id == null ? null : row(actor, id);
        FieldErrors errors = new FieldErrors(messages);
        Unit unit = records.requestedUnit(actor, errors, "unitId", request.unitId(), "ideology.opinion.unit.required");
        access.requireRecord(actor);
        if (before != null && OpinionStatus.valueOf(before.status()) == OpinionStatus.CLOSED) {
            throw new ConflictException("ideology.opinion.closed", messages.get("ideology.opinion.closed"));
        }
        if (request.reportDate() == null) {
            errors.add("reportDate", "ideology.opinion.date.required");
        } else if (request.reportDate().isAfter(LocalDate.now(clock))) {
            errors.add("reportDate", "ideology.date.future");
        }
        errors.checkDate("reportDate", request.reportDate());
        String topic = errors.checkText("topic", request.topic(), TOPIC_MAX, "ideology.opinion.topic.required");
        String summary = errors.checkText("summary", request.summary(), SUMMARY_MAX, "ideology.opinion.summary.required");
        if (request.mood() == null) {
            errors.add("mood", "ideology.opinion.mood.required");
        }
        boolean hotSpot = request.hotSpot() != null ? request.hotSpot() : request.mood() == Mood.TENSE;
        String recommendation = errors.checkText("recommendation", request.recommendation(), NOTE_MAX, null);
        String owner = errors.checkText("followUpOwner", request.followUpOwner(), NAME_MAX, null);
        if (hotSpot && owner == null) {
            errors.add("followUpOwner", "ideology.opinion.owner.required");
        }
        String reporter = errors.checkText("reporter", request.reporter(), NAME_MAX, null);
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        OpinionReportRow row = new OpinionReportRow(id, unit.organisationId(), unit.id(), request.reportDate(), topic, summary,
                request.mood().name(), hotSpot, recommendation, owner, reporter, OpinionStatus.OPEN.name(), null, null,
                before == null ? null : request.version());
        return report(write(actor, before, row, unit.name() + ": " + topic), unit);
    }

    /** Closes a report with the follow-up that settled it; a closed hot spot leaves the dashboard. */
    @Transactional
    public OpinionReport close(Actor actor, long id, CloseRequest request) {
        OpinionReportRow before = row(actor, id);
        Unit unit = access.unit(actor, before.unitId());
        access.requireCloseHotSpot(actor);
        if (OpinionStatus.valueOf(before.status()) == OpinionStatus.CLOSED) {
            throw new ConflictException("ideology.opinion.closed", messages.get("ideology.opinion.closed"));
        }
        FieldErrors errors = new FieldErrors(messages);
        String note = errors.checkText("followUpNote", request.followUpNote(), NOTE_MAX, "ideology.opinion.note.required");
        LocalDate closedOn = request.closedOn();
        if (closedOn == null) {
            errors.add("closedOn", "ideology.opinion.closed-on.required");
        } else if (closedOn.isBefore(before.reportDate())) {
            errors.add("closedOn", "ideology.opinion.closed-on.before-report");
        } else if (closedOn.isAfter(LocalDate.now(clock))) {
            errors.add("closedOn", "ideology.date.future");
        }
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        OpinionReportRow row = new OpinionReportRow(before.id(), before.organisationId(), before.unitId(), before.reportDate(),
                before.topic(), before.summary(), before.mood(), before.hotSpot(), before.recommendation(), before.followUpOwner(),
                before.reporter(), OpinionStatus.CLOSED.name(), note, closedOn, request.version());
        return report(write(actor, before, row, unit.name() + ": " + before.topic()), unit);
    }

    private OpinionReportRow write(Actor actor, OpinionReportRow before, OpinionReportRow row, String label) {
        return records.write(actor, reports, ENTITY, before, row, label);
    }

    private OpinionReportRow row(Actor actor, long id) {
        return records.find(actor, reports, id, OpinionReportRow::unitId, "ideology.opinion.not-found");
    }

    /** The rows about units the actor sees whose path starts with {@code pathPrefix}. */
    private List<OpinionReport> within(Actor actor, List<OpinionReportRow> rows, String pathPrefix) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        return rows.stream().filter(row -> visible.containsKey(row.unitId()) && visible.get(row.unitId()).path().startsWith(pathPrefix))
                .map(row -> report(row, visible.get(row.unitId()))).toList();
    }

    private static OpinionReport report(OpinionReportRow row, Unit unit) {
        return new OpinionReport(row.id(), row.unitId(), unit.name(), row.reportDate(), row.topic(), row.summary(), Mood.valueOf(row.mood()),
                row.hotSpot(), row.recommendation(), row.followUpOwner(), row.reporter(), OpinionStatus.valueOf(row.status()),
                row.followUpNote(), row.closedOn(), row.version());
    }
}
