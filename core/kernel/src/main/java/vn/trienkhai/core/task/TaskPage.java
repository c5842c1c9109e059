package vn.trienkhai.core.task;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.TaskKind;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.task.TaskModel.ChildProgress;
import vn.trienkhai.core.task.TaskModel.Entry;
import vn.trienkhai.core.task.TaskModel.EntryFile;
import vn.trienkhai.core.task.TaskModel.EntryKind;
import vn.trienkhai.core.task.TaskModel.Occurrence;
import vn.trienkhai.core.task.TaskModel.Part;
import vn.trienkhai.core.task.TaskModel.PartRole;
import vn.trienkhai.core.task.TaskModel.TaskDetails;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.task.internal.TaskRepositories.EntryAttachmentRepository;
import vn.trienkhai.core.task.internal.TaskRepositories.EntryRepository;
import vn.trienkhai.core.task.internal.TaskRepositories.OccurrenceRepository;
import vn.trienkhai.core.task.internal.TaskRows.EntryRow;
import vn.trienkhai.core.task.internal.TaskRows.OccurrenceRow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One task as its page shows it: every occurrence with every unit's part, the units a group's task fanned out to,
 * and the history. Visible to whoever has one of its parts (or its children's) in scope, and to the subtree of the
 * unit holding its document, who assigned it.
 */
@Singleton
public class TaskPage {

    private record UnitPart(long id, long occurrenceId, long unitId, String unitName, String unitPath, PartRole role, TaskStatus status,
                            int percent, LocalDate due, LocalDate doneOn, String note, long version) {
    }

    /** The unit holding the task's document, and the units of the child tasks a group's task fanned out to. */
    private static final String OWNER_AND_CHILD_PATHS = "SELECT u.path FROM task t JOIN document d ON d.id = t.document_id"
            + " JOIN unit u ON u.id = d.owner_unit_id WHERE t.id = ? UNION SELECT u.path FROM task c JOIN task_part p ON p.task_id = c.id"
            + " JOIN unit u ON u.id = p.unit_id WHERE c.parent_task_id = ?";

    private final Sql sql;
    private final OccurrenceRepository occurrences;
    private final EntryRepository entries;
    private final EntryAttachmentRepository attachments;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    TaskPage(Sql sql, OccurrenceRepository occurrences, EntryRepository entries, EntryAttachmentRepository attachments,
             AccessPolicy policy, Messages messages, Clock clock) {
        this.sql = sql;
        this.occurrences = occurrences;
        this.entries = entries;
        this.attachments = attachments;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    @ReadOnly
    public TaskDetails get(Actor actor, long taskId) {
        policy.require(actor, Operation.TASK_READ);
        List<TaskDetails> found = sql.list("SELECT t.*, COALESCE(d.symbol, d.title) AS document_label, d.title AS document_title"
                + " FROM task t JOIN document d ON d.id = t.document_id WHERE t.id = ? AND t.organisation_id = ?",
                List.of(taskId, actor.organisationId()), TaskPage::head);
        List<UnitPart> parts = parts(taskId);
        if (found.isEmpty() || !visible(actor, taskId, parts)) {
            throw notFound();
        }
        TaskDetails head = found.getFirst();
        boolean mayComment = policy.allows(actor, Operation.TASK_COMMENT);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<UnitPart>> byOccurrence = parts.stream().collect(Collectors.groupingBy(UnitPart::occurrenceId));
        List<Occurrence> occurrenceViews = occurrences.findByTaskIdOrderBySequence(taskId).stream()
                .map(occurrence -> occurrence(occurrence, byOccurrence.getOrDefault(occurrence.id(), List.of()), actor, mayComment, today))
                .toList();
        return new TaskDetails(head.id(), head.parentTaskId(), head.documentId(), head.documentLabel(), head.documentTitle(),
                head.section(), head.text(), head.kind(), head.leadUnitName(), head.deadlineType(), head.deadline(), head.recurrence(),
                head.recurrenceEnd(), head.status(), occurrenceViews, children(taskId), history(parts));
    }

    /** Refuses, as not found, a task the actor does not see. */
    void requireVisible(Actor actor, long organisationId, long taskId) {
        policy.require(actor, Operation.TASK_READ);
        if (organisationId != actor.organisationId() && !actor.has(Role.SYSTEM_ADMIN) || !visible(actor, taskId, parts(taskId))) {
            throw notFound();
        }
    }

    private boolean visible(Actor actor, long taskId, List<UnitPart> parts) {
        return parts.stream().anyMatch(part -> inScope(actor, part.unitPath()))
                || sql.list(OWNER_AND_CHILD_PATHS, List.of(taskId, taskId), row -> row.getString(1)).stream()
                .anyMatch(path -> inScope(actor, path));
    }

    private NotFoundException notFound() {
        return new NotFoundException("task.not-found", messages.get("task.not-found"));
    }

    private Occurrence occurrence(OccurrenceRow occurrence, List<UnitPart> parts, Actor actor, boolean mayComment, LocalDate today) {
        boolean mayReport = policy.allows(actor, Operation.TASK_REPORT);
        return new Occurrence(occurrence.id(), occurrence.sequence(), occurrence.periodStart(), occurrence.dueOn(), parts.stream()
                .sorted(Comparator.comparing(UnitPart::role))
                .map(part -> new Part(part.id(), part.unitId(), part.unitName(), part.role(), part.status(), part.percent(), part.doneOn(),
                        part.note(), Timeliness.of(part.status(), part.due(), part.doneOn(), today),
                        mayReport && inScope(actor, part.unitPath()), mayComment, part.version()))
                .toList());
    }

    private List<UnitPart> parts(long taskId) {
        return sql.list("SELECT p.*, u.name AS unit_name, u.path AS unit_path FROM task_part p JOIN unit u ON u.id = p.unit_id"
                + " WHERE p.task_id = ? ORDER BY p.occurrence_id, p.role, u.sort_key", List.of(taskId), row -> new UnitPart(
                row.getLong("id"), row.getLong("occurrence_id"), row.getLong("unit_id"), row.getString("unit_name"),
                row.getString("unit_path"), PartRole.valueOf(row.getString("role")), TaskStatus.valueOf(row.getString("status")),
                row.getInt("percent"), Sql.date(row, "due_on"), Sql.date(row, "done_on"), row.getString("completion_note"),
                row.getLong("version")));
    }

    private List<ChildProgress> children(long taskId) {
        return sql.list("SELECT c.id, c.lead_unit_id, u.name, count(p.id) AS occurrences,"
                + " sum(CASE WHEN p.status = 'DONE' THEN 1 ELSE 0 END) AS done,"
                + " sum(CASE WHEN p.status IN ('NOT_STARTED', 'IN_PROGRESS') AND p.due_on < ? THEN 1 ELSE 0 END) AS overdue"
                + " FROM task c JOIN unit u ON u.id = c.lead_unit_id LEFT JOIN task_part p ON p.task_id = c.id AND p.role = 'LEAD'"
                + " WHERE c.parent_task_id = ? GROUP BY c.id, c.lead_unit_id, u.name, u.sort_key ORDER BY u.sort_key",
                List.of(LocalDate.now(clock), taskId), row -> new ChildProgress(row.getLong("id"), row.getLong("lead_unit_id"),
                        row.getString("name"), row.getInt("occurrences"), row.getInt("done"), row.getInt("overdue")));
    }

    private List<Entry> history(List<UnitPart> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitPart> byId = parts.stream().collect(Collectors.toMap(UnitPart::id, Function.identity()));
        List<EntryRow> rows = entries.findByPartIdInOrderByCreatedAt(byId.keySet());
        Map<Long, List<EntryFile>> files = rows.isEmpty() ? Map.of()
                : attachments.findByEntryIdInOrderById(rows.stream().map(EntryRow::id).toList()).stream()
                .map(TaskAttachments::toFile).collect(Collectors.groupingBy(EntryFile::entryId));
        return rows.stream().map(entry -> entry(entry, byId.get(entry.partId()), files.getOrDefault(entry.id(), List.of()))).toList();
    }

    private static Entry entry(EntryRow entry, UnitPart part, List<EntryFile> files) {
        return new Entry(entry.id(), entry.partId(), part.unitName(), EntryKind.valueOf(entry.kind()), entry.entryDate(), entry.authorName(),
                entry.text(), entry.percent(), entry.statusFrom() == null ? null : TaskStatus.valueOf(entry.statusFrom()),
                entry.statusTo() == null ? null : TaskStatus.valueOf(entry.statusTo()), entry.createdAt(), files);
    }

    private boolean inScope(Actor actor, String unitPath) {
        return policy.inScope(actor, actor.organisationId(), unitPath);
    }

    private static TaskDetails head(ResultSet row) throws SQLException {
        return new TaskDetails(row.getLong("id"), Sql.nullableLong(row, "parent_task_id"), row.getLong("document_id"),
                row.getString("document_label"), row.getString("document_title"), row.getString("section_code"), row.getString("text"),
                TaskKind.valueOf(row.getString("kind")), row.getString("lead_unit_name"), DeadlineType.valueOf(row.getString("deadline_type")),
                Sql.date(row, "deadline_date"), row.getString("recurrence") == null ? null : Recurrence.valueOf(row.getString("recurrence")),
                Sql.date(row, "recurrence_end"), TaskStatus.valueOf(row.getString("status")), List.of(), List.of(), List.of());
    }
}
