package vn.trienkhai.core.document;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.document.DocumentEvents.PlanLinked;
import vn.trienkhai.core.document.DocumentEvents.TasksRecorded;
import vn.trienkhai.core.document.DocumentModel.LinkKind;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.CoordinatorRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.LinkRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.RecipientRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.SectionRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.TargetRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.TaskRepository;
import vn.trienkhai.core.document.internal.DocumentParts.CoordinatorRow;
import vn.trienkhai.core.document.internal.DocumentParts.LinkRow;
import vn.trienkhai.core.document.internal.DocumentParts.RecipientRow;
import vn.trienkhai.core.document.internal.DocumentParts.SectionRow;
import vn.trienkhai.core.document.internal.DocumentParts.TargetRow;
import vn.trienkhai.core.document.internal.DocumentParts.TaskRow;
import vn.trienkhai.core.document.internal.DocumentRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.document.parsing.CitedDocument;
import vn.trienkhai.core.document.parsing.DocumentNumber;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.ParsedRecipient;
import vn.trienkhai.core.document.parsing.ParsedTarget;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Writes documents with their parts and links, each write audited; callers hold the transaction. */
@Singleton
class DocumentWriter {

    private final DocumentRepository documents;
    private final LinkRepository links;
    private final SectionRepository sections;
    private final RecipientRepository recipients;
    private final TaskRepository tasks;
    private final CoordinatorRepository coordinators;
    private final TargetRepository targets;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher<TasksRecorded> tasksRecorded;
    private final ApplicationEventPublisher<PlanLinked> planLinked;

    DocumentWriter(DocumentRepository documents, LinkRepository links, SectionRepository sections, RecipientRepository recipients,
                   TaskRepository tasks, CoordinatorRepository coordinators, TargetRepository targets, AuditTrail audit, Clock clock,
                   ApplicationEventPublisher<TasksRecorded> tasksRecorded, ApplicationEventPublisher<PlanLinked> planLinked) {
        this.documents = documents;
        this.links = links;
        this.sections = sections;
        this.recipients = recipients;
        this.tasks = tasks;
        this.coordinators = coordinators;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
        this.tasksRecorded = tasksRecorded;
        this.planLinked = planLinked;
    }

    /** Saves a new document, or completes the stub a citation left under the same symbol (keeping its links). */
    DocumentRow save(Actor actor, DocumentRow document) {
        DocumentRow withKey = withSearchKey(document);
        if (withKey.id() == null) {
            DocumentRow saved = documents.save(withKey);
            audit.created(actor, saved.organisationId(), "document", saved.id(), label(saved), saved);
            return saved;
        }
        DocumentRow before = documents.findById(withKey.id()).orElseThrow();
        DocumentRow saved = documents.update(withKey);
        audit.updated(actor, saved.organisationId(), "document", saved.id(), label(saved), before, saved);
        return saved;
    }

    /** The document a citation names: the registered one with that symbol, or a new stub marked CITED. */
    DocumentRow cited(Actor actor, CitedDocument citation) {
        return documents.findByOrganisationIdAndSymbol(actor.organisationId(), citation.symbol()).stream().findFirst()
                .orElseGet(() -> {
                    DocumentNumber number = DocumentNumber.parse(citation.symbol());
                    return save(actor, new DocumentRow(null, actor.organisationId(), number.kind().name(), number.number(),
                            number.issuerCode(), number.symbol(), null, actor.homeUnitId(), citation.issuer(), null, citation.issuedOn(),
                            number.kind().vietnameseName() + " " + number.symbol(), null, null, Status.CITED.name(), null, "",
                            clock.instant(), null));
                });
    }

    void link(Actor actor, long from, long to, LinkKind kind) {
        if (from != to && !links.existsByDocumentIdAndTargetIdAndLinkKind(from, to, kind.name())) {
            LinkRow link = links.save(new LinkRow(null, from, to, kind.name()));
            audit.created(actor, actor.organisationId(), "document_link", link.id(), kind.name(), link);
            if (kind == LinkKind.IMPLEMENTS) {
                planLinked.publishEvent(new PlanLinked(actor, from, to));
            }
        }
    }

    /** Saves the sections, recipients, tasks and targets of a draft; {@code units} maps a written name to units. */
    void saveParts(Actor actor, long documentId, ImportDraft draft, Function<String, List<Unit>> units) {
        int position = 0;
        for (var section : draft.sections()) {
            sections.save(new SectionRow(null, documentId, position++, section.code(), section.heading()));
        }
        position = 0;
        for (ParsedRecipient recipient : draft.recipients()) {
            List<Unit> resolved = units.apply(recipient.name());
            for (Unit unit : resolved.isEmpty() ? Collections.<Unit>singletonList(null) : resolved) {
                recipients.save(new RecipientRow(null, documentId, position++, recipient.name(), unit == null ? null : unit.id(),
                        recipient.purpose().name()));
            }
        }
        position = 0;
        for (ParsedTask task : draft.tasks()) {
            saveTask(actor, documentId, position++, task, units, null);
        }
        position = 0;
        for (ParsedTarget target : draft.targets()) {
            TargetRow row = targets.save(new TargetRow(null, actor.organisationId(), documentId, position++, target.text(),
                    target.value(), target.unit().name(), target.year()));
            audit.created(actor, actor.organisationId(), "target", row.id(), target.text(), row);
        }
        tasksRecorded(actor, documentId);
    }

    void tasksRecorded(Actor actor, long documentId) {
        tasksRecorded.publishEvent(new TasksRecorded(actor, actor.organisationId(), documentId));
    }

    /**
     * Saves a task as the plan states it. A lead that names a group ("các chi, đảng bộ cơ sở") standing for several
     * units of the tree fans out: the task keeps the group's name, and one child task per unit carries it out.
     */
    void saveTask(Actor actor, long documentId, int position, ParsedTask task, Function<String, List<Unit>> units,
                  @Nullable LocalDate recurrenceEnd) {
        List<Unit> leads = task.leadUnit() == null ? List.of() : units.apply(task.leadUnit());
        TaskRow row = saveTask(actor, new TaskRow(null, actor.organisationId(), documentId, position, task.section(), task.text(),
                task.leadUnit(), leads.size() == 1 ? leads.getFirst().id() : null, task.deadline().type().name(),
                task.deadline().date(), task.recurrence() == null ? null : task.recurrence().name(),
                TaskStatus.NOT_STARTED.name(), null, null, TaskKind.of(task.text()).name(), recurrenceEnd));
        for (String name : task.coordinatingUnits()) {
            List<Unit> resolved = units.apply(name);
            coordinators.save(new CoordinatorRow(null, row.id(), name, resolved.size() == 1 ? resolved.getFirst().id() : null));
        }
        if (leads.size() > 1) {
            for (Unit lead : outermost(leads)) {
                saveTask(actor, new TaskRow(null, row.organisationId(), documentId, position, row.sectionCode(), row.text(),
                        lead.name(), lead.id(), row.deadlineType(), row.deadlineDate(), row.recurrence(), row.status(), null,
                        row.id(), row.kind(), recurrenceEnd));
            }
        }
    }

    /** A group's units without those under another of them: a commune's cells are its own to direct, not the plan's. */
    private static List<Unit> outermost(List<Unit> units) {
        return units.stream().filter(unit -> units.stream()
                .noneMatch(other -> other.id() != unit.id() && unit.path().startsWith(other.path()))).toList();
    }

    private TaskRow saveTask(Actor actor, TaskRow task) {
        TaskRow row = tasks.save(task);
        audit.created(actor, actor.organisationId(), "task", row.id(), abbreviate(task.text()), row);
        return row;
    }

    private static DocumentRow withSearchKey(DocumentRow row) {
        String key = VietnameseText.fold(String.join(" ", nonNull(row.symbol()), row.title(), nonNull(row.externalIssuer())));
        return new DocumentRow(row.id(), row.organisationId(), row.kind(), row.number(), row.issuerCode(), row.symbol(),
                row.issuingUnitId(), row.ownerUnitId(), row.externalIssuer(), row.place(), row.issuedOn(), row.title(), row.signerName(),
                row.signerCapacity(), row.status(), row.fullText(), key.length() > 2200 ? key.substring(0, 2200) : key,
                row.createdAt(), row.version());
    }

    static String label(DocumentRow row) {
        return row.symbol() != null ? row.symbol() : abbreviate(row.title());
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
