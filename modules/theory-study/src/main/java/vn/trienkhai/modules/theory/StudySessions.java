package vn.trienkhai.modules.theory;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.theory.TheoryModel.Attendance;
import vn.trienkhai.modules.theory.TheoryModel.DocumentReach;
import vn.trienkhai.modules.theory.TheoryModel.SessionFormat;
import vn.trienkhai.modules.theory.TheoryModel.SessionRequest;
import vn.trienkhai.modules.theory.TheoryModel.StudySession;
import vn.trienkhai.modules.theory.TheoryModel.UnitReach;
import vn.trienkhai.modules.theory.internal.TheoryRepositories.SessionRepository;
import vn.trienkhai.modules.theory.internal.TheoryRows.SessionRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Study and dissemination sessions (hội nghị học tập, quán triệt): a unit's session for a registered document, with
 * the expected and present of each audience category. A document's page reads them down its cascade: the sessions for
 * it and for the plans implementing it, per unit, with the share of party members each reached.
 */
@Singleton
public class StudySessions {

    static final String ENTITY = "theory_session";
    private static final int NOTE_MAX = 2000;

    private final SessionRepository sessions;
    private final StudyDocuments documents;
    private final ModuleRecords.Records records;
    private final TheoryAccess access;
    private final TheoryFigures figures;
    private final Messages messages;
    private final Clock clock;

    StudySessions(SessionRepository sessions, StudyDocuments documents, ModuleRecords records, TheoryAccess access, TheoryFigures figures,
                  Messages messages, Clock clock) {
        this.sessions = sessions;
        this.documents = documents;
        this.records = records.of(TheoryModule.ID);
        this.access = access;
        this.figures = figures;
        this.messages = messages;
        this.clock = clock;
    }

    /** The sessions held by units at or below {@code unitId}, the latest first. */
    @ReadOnly
    public List<StudySession> ofUnit(Actor actor, long unitId) {
        String path = records.unit(actor, unitId).path();
        Map<Long, Unit> visible = access.visibleUnits(actor);
        Map<Long, String> labels = new HashMap<>();
        return sessions.latestFirst(actor.organisationId()).stream()
                .filter(row -> visible.containsKey(row.unitId()) && visible.get(row.unitId()).path().startsWith(path))
                .map(row -> session(row, visible.get(row.unitId()), labels.computeIfAbsent(row.documentId(), id -> label(actor, id))))
                .toList();
    }

    /** The documents a session may be recorded for. */
    @ReadOnly
    public List<Document> documentChoices(Actor actor) {
        access.visibleUnits(actor);
        return documents.choices(actor);
    }

    /**
     * Who studied {@code documentId}: the sessions for it and the plans implementing it, per organising unit in the
     * actor's scope; the party bodies in scope that have held none; and the party members reached in all.
     */
    @ReadOnly
    public DocumentReach reach(Actor actor, long documentId) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        Document document = documents.find(actor, documentId).orElseThrow(this::notFound);
        List<SessionRow> held = sessions.ofDocuments(documents.withImplementing(actor, documentId)).stream()
                .filter(row -> row.organisationId() == actor.organisationId() && visible.containsKey(row.unitId())).toList();
        Map<Long, List<SessionRow>> byUnit = held.stream().collect(Collectors.groupingBy(SessionRow::unitId));
        List<UnitReach> units = visible.values().stream().filter(unit -> byUnit.containsKey(unit.id()))
                .map(unit -> reach(unit, byUnit.get(unit.id()))).toList();
        List<UnitReach> without = TheoryAccess.partyBodies(visible.values()).stream().filter(unit -> !byUnit.containsKey(unit.id()))
                .map(unit -> new UnitReach(unit.id(), unit.name(), 0, null, Attendance.NONE)).toList();
        Attendance total = units.stream().map(UnitReach::partyMembers).reduce(Attendance.NONE, Attendance::plus);
        return new DocumentReach(document.id(), StudyDocuments.label(document), units, without, total);
    }

    /** Records a session ({@code id} null) or corrects one; the year's indicators follow. */
    @Transactional
    public StudySession save(Actor actor, Long id, SessionRequest request) {
        SessionRow before = id == null ? null : records.find(actor, sessions, id, SessionRow::unitId, "theory.session.not-found");
        FieldErrors errors = new FieldErrors(messages);
        Unit unit = records.requestedUnit(actor, errors, "unitId", request.unitId(), "theory.unit.required");
        access.requireRecord(actor);
        Document document = null;
        if (request.documentId() == null) {
            errors.add("documentId", "theory.session.document.required");
        } else {
            document = documents.find(actor, request.documentId()).orElse(null);
            if (document == null) {
                errors.add("documentId", "theory.session.document.unknown");
            }
        }
        TheoryChecks.pastDate(errors, "heldOn", request.heldOn(), "theory.session.held-on.required", LocalDate.now(clock));
        if (request.format() == null) {
            errors.add("format", "theory.session.format.required");
        }
        Attendance leading = attendance(errors, "leadingCadres", request.leadingCadres());
        Attendance members = attendance(errors, "partyMembers", request.partyMembers());
        Attendance civil = attendance(errors, "civilServants", request.civilServants());
        Attendance union = attendance(errors, "unionMembers", request.unionMembers());
        if (leading.expected() + members.expected() + civil.expected() + union.expected() == 0) {
            errors.add("partyMembers", "theory.session.audience.required");
        }
        String note = errors.checkText("note", request.note(), NOTE_MAX, null);
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        SessionRow row = new SessionRow(id, unit.organisationId(), unit.id(), document.id(), request.heldOn(), request.format().name(),
                leading.expected(), leading.present(), members.expected(), members.present(), civil.expected(), civil.present(),
                union.expected(), union.present(), note, before == null ? null : request.version());
        SessionRow saved = records.write(actor, sessions, ENTITY, before, row, unit.name() + ": " + StudyDocuments.label(document));
        figures.changed(actor.organisationId(), saved.heldOn().getYear(), before == null ? null : before.heldOn().getYear());
        return session(saved, unit, StudyDocuments.label(document));
    }

    /** A category left out was not invited; present must lie between none and all expected. */
    private static Attendance attendance(FieldErrors errors, String field, Attendance given) {
        if (given == null) {
            return Attendance.NONE;
        }
        if (given.expected() < 0) {
            errors.add(field + ".expected", "theory.count.negative");
        } else if (given.present() < 0 || given.present() > given.expected()) {
            errors.add(field + ".present", "theory.session.present.range");
        }
        return given;
    }

    private static UnitReach reach(Unit unit, List<SessionRow> held) {
        LocalDate last = held.stream().map(SessionRow::heldOn).max(Comparator.naturalOrder()).orElse(null);
        Attendance members = held.stream().map(row -> new Attendance(row.membersExpected(), row.membersPresent()))
                .reduce(Attendance.NONE, Attendance::plus);
        return new UnitReach(unit.id(), unit.name(), held.size(), last, members);
    }

    private String label(Actor actor, long documentId) {
        return documents.find(actor, documentId).map(StudyDocuments::label).orElse("");
    }

    private NotFoundException notFound() {
        return new NotFoundException("theory.document.not-found", messages.get("theory.document.not-found"));
    }

    private static StudySession session(SessionRow row, Unit unit, String documentLabel) {
        return new StudySession(Objects.requireNonNull(row.id()), row.unitId(), unit.name(), row.documentId(), documentLabel, row.heldOn(),
                SessionFormat.valueOf(row.format()), new Attendance(row.leadingExpected(), row.leadingPresent()),
                new Attendance(row.membersExpected(), row.membersPresent()), new Attendance(row.civilExpected(), row.civilPresent()),
                new Attendance(row.unionExpected(), row.unionPresent()), row.note(), row.version());
    }
}
