package vn.trienkhai.core.document;

import jakarta.inject.Singleton;
import vn.trienkhai.core.document.DocumentModel.Coordinator;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.DocumentDetails;
import vn.trienkhai.core.document.DocumentModel.LinkKind;
import vn.trienkhai.core.document.DocumentModel.Recipient;
import vn.trienkhai.core.document.DocumentModel.Section;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentModel.Target;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.CoordinatorRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.LinkRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.RecipientRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.SectionRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.TargetRepository;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.TaskRepository;
import vn.trienkhai.core.document.internal.DocumentModuleRepository;
import vn.trienkhai.core.document.internal.DocumentParts.CoordinatorRow;
import vn.trienkhai.core.document.internal.DocumentParts.LinkRow;
import vn.trienkhai.core.document.internal.DocumentParts.TaskRow;
import vn.trienkhai.core.document.internal.DocumentRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.RecipientPurpose;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.document.parsing.TargetUnit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a document with its parts and links, a fixed number of queries whatever its size. */
@Singleton
class DocumentReader {

    private final DocumentRepository documents;
    private final LinkRepository links;
    private final SectionRepository sections;
    private final RecipientRepository recipients;
    private final TaskRepository tasks;
    private final CoordinatorRepository coordinators;
    private final TargetRepository targets;
    private final DocumentModuleRepository modules;

    DocumentReader(DocumentRepository documents, LinkRepository links, SectionRepository sections, RecipientRepository recipients,
                   TaskRepository tasks, CoordinatorRepository coordinators, TargetRepository targets, DocumentModuleRepository modules) {
        this.documents = documents;
        this.links = links;
        this.sections = sections;
        this.recipients = recipients;
        this.tasks = tasks;
        this.coordinators = coordinators;
        this.targets = targets;
        this.modules = modules;
    }

    DocumentDetails details(DocumentRow row) {
        long id = row.id();
        List<LinkRow> outgoing = links.findByDocumentId(id);
        List<TaskRow> taskRows = tasks.findByDocumentIdAndParentTaskIdIsNullOrderByPosition(id);
        Map<Long, List<Coordinator>> coordinatorsByTask = coordinators.findByTaskIdIn(taskRows.isEmpty() ? List.of(-1L)
                : taskRows.stream().map(TaskRow::id).toList()).stream()
                .collect(Collectors.groupingBy(CoordinatorRow::taskId, Collectors.mapping(c -> new Coordinator(c.name(), c.unitId()), Collectors.toList())));
        return new DocumentDetails(toDocument(row),
                sections.findByDocumentIdOrderByPosition(id).stream().map(s -> new Section(s.code(), s.heading())).toList(),
                recipients.findByDocumentIdOrderByPosition(id).stream()
                        .map(r -> new Recipient(r.name(), r.unitId(), RecipientPurpose.valueOf(r.purpose()))).toList(),
                taskRows.stream().map(task -> toTask(task, coordinatorsByTask.getOrDefault(task.id(), List.of()))).toList(),
                targets.findByDocumentIdOrderByPosition(id).stream()
                        .map(t -> new Target(t.text(), t.targetValue(), TargetUnit.valueOf(t.unit()), t.targetYear())).toList(),
                targetsOf(outgoing, LinkKind.IMPLEMENTS), targetsOf(outgoing, LinkKind.BASED_ON),
                implementing(List.of(id)).values().stream().flatMap(List::stream).toList(), row.fullText(),
                modules.findModuleIds(id));
    }

    /** For each document id, the documents that implement it. */
    Map<Long, List<Document>> implementing(Collection<Long> ids) {
        List<LinkRow> incoming = links.findByTargetIdInAndLinkKind(ids, LinkKind.IMPLEMENTS.name());
        if (incoming.isEmpty()) {
            return Map.of();
        }
        Map<Long, Document> byId = byId(incoming.stream().map(LinkRow::documentId).toList());
        return incoming.stream().collect(Collectors.groupingBy(LinkRow::targetId,
                Collectors.mapping(link -> byId.get(link.documentId()), Collectors.toList())));
    }

    /** For each document id, the documents it implements. */
    Map<Long, List<Document>> implemented(Collection<Long> ids) {
        List<LinkRow> outgoing = links.findByDocumentIdInAndLinkKind(ids, LinkKind.IMPLEMENTS.name());
        if (outgoing.isEmpty()) {
            return Map.of();
        }
        Map<Long, Document> byId = byId(outgoing.stream().map(LinkRow::targetId).toList());
        return outgoing.stream().collect(Collectors.groupingBy(LinkRow::documentId,
                Collectors.mapping(link -> byId.get(link.targetId()), Collectors.toList())));
    }

    List<TaskRow> tasks(long documentId) {
        return tasks.findByDocumentIdOrderByPosition(documentId);
    }

    private List<Document> targetsOf(List<LinkRow> outgoing, LinkKind kind) {
        List<Long> ids = outgoing.stream().filter(link -> link.linkKind().equals(kind.name())).map(LinkRow::targetId).toList();
        return ids.isEmpty() ? List.of() : documents.findByIdIn(ids).stream().map(DocumentReader::toDocument).toList();
    }

    private Map<Long, Document> byId(List<Long> ids) {
        return documents.findByIdIn(ids).stream().map(DocumentReader::toDocument).collect(Collectors.toMap(Document::id, d -> d));
    }

    static Document toDocument(DocumentRow row) {
        return new Document(row.id(), DocumentKind.valueOf(row.kind()), row.number(), row.issuerCode(), row.symbol(),
                row.issuingUnitId(), row.externalIssuer(), row.place(), row.issuedOn(), row.title(), row.signerName(),
                row.signerCapacity(), Status.valueOf(row.status()), row.version() == null ? 0 : row.version());
    }

    private static Task toTask(TaskRow row, List<Coordinator> coordinators) {
        return new Task(row.id(), row.sectionCode(), row.text(), row.leadUnitName(), row.leadUnitId(), coordinators,
                DeadlineType.valueOf(row.deadlineType()), row.deadlineDate(),
                row.recurrence() == null ? null : Recurrence.valueOf(row.recurrence()), TaskStatus.valueOf(row.status()));
    }
}
