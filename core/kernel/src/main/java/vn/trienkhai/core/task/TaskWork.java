package vn.trienkhai.core.task;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.task.TaskAttachments.NewFile;
import vn.trienkhai.core.task.TaskModel.EntryFile;
import vn.trienkhai.core.task.TaskModel.EntryKind;
import vn.trienkhai.core.task.TaskRequests.BulkStatusChange;
import vn.trienkhai.core.task.TaskRequests.CommentRequest;
import vn.trienkhai.core.task.TaskRequests.PartVersion;
import vn.trienkhai.core.task.TaskRequests.ProgressReport;
import vn.trienkhai.core.task.TaskRequests.StatusChange;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.task.internal.TaskRepositories.EntryRepository;
import vn.trienkhai.core.task.internal.TaskRepositories.PartRepository;
import vn.trienkhai.core.task.internal.TaskRows.EntryRow;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The work on a unit's part of a task: its status, the progress reported, the comments (DD003). Every change takes
 * the version the user read, so that two people updating the same part never overwrite each other unseen; every
 * change is written to the part's history and the audit log.
 */
@Singleton
public class TaskWork {

    static final int MAX_TEXT = 4000;

    private final PartAccess access;
    private final PartRepository parts;
    private final EntryRepository entries;
    private final TaskStatusRollUp rollUp;
    private final TaskNotifications notifications;
    private final TaskAttachments attachments;
    private final AuditTrail audit;
    private final Sql sql;
    private final Messages messages;
    private final Clock clock;

    TaskWork(PartAccess access, PartRepository parts, EntryRepository entries, TaskStatusRollUp rollUp,
             TaskNotifications notifications, TaskAttachments attachments, AuditTrail audit, Sql sql, Messages messages, Clock clock) {
        this.access = access;
        this.parts = parts;
        this.entries = entries;
        this.rollUp = rollUp;
        this.notifications = notifications;
        this.attachments = attachments;
        this.audit = audit;
        this.sql = sql;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Moves a part to another status. Finishing needs a completion note, cancelling needs a reason and an officer;
     * moving a finished or cancelled part back to work reopens it, recorded as such.
     */
    @Transactional
    public PartRow changeStatus(Actor actor, long partId, StatusChange change) {
        PartRow part = access.workable(actor, partId, Operation.TASK_REPORT);
        return changeStatus(actor, part, change);
    }

    /** The same change for many parts, all or none: one refusal or one stale version changes nothing. */
    @Transactional
    public List<PartRow> changeStatus(Actor actor, BulkStatusChange change) {
        FieldErrors errors = new FieldErrors(messages);
        if (change.parts() == null || change.parts().isEmpty()) {
            errors.add("parts", "task.bulk.empty");
        }
        errors.throwIfAny();
        return change.parts().stream().map(PartVersion::partId).distinct().map(partId -> {
            PartRow part = access.workable(actor, partId, Operation.TASK_MANAGE);
            long version = change.parts().stream().filter(read -> read.partId() == partId).findFirst().orElseThrow().version();
            return changeStatus(actor, part, new StatusChange(change.status(), change.note(), null, version));
        }).toList();
    }

    /** A progress report as saved: the part after it, the history entry it wrote and the files reported with it. */
    public record Reported(PartRow part, long entryId, List<EntryFile> files) {
    }

    /** Adds a progress entry; a part not started yet is then in progress. A finished or cancelled part takes none. */
    @Transactional
    public PartRow report(Actor actor, long partId, ProgressReport report) {
        return report(actor, partId, report, List.of()).part();
    }

    /**
     * A progress entry with the files reported with it (minutes, photos), all or none: a file refused for its type or
     * size saves neither the report nor any file, and the refusal names the file.
     */
    @Transactional
    public Reported report(Actor actor, long partId, ProgressReport report, List<NewFile> files) {
        PartRow part = access.workable(actor, partId, Operation.TASK_REPORT);
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors(messages);
        String text = errors.checkText("text", report.text(), MAX_TEXT, "task.text.required");
        LocalDate date = report.date() == null ? today : report.date();
        errors.checkDate("date", date);
        if (date.isAfter(today)) {
            errors.add("date", "task.date.future");
        }
        if (report.percent() != null && (report.percent() < 0 || report.percent() > 100)) {
            errors.add("percent", "task.percent.range");
        }
        if (report.version() == null) {
            errors.add("version", "task.version.required");
        }
        errors.throwIfAny();
        if (isClosed(part)) {
            throw new ConflictException("task.closed", messages.get("task.closed"));
        }
        int percent = report.percent() == null ? part.percent() : report.percent();
        String status = TaskStatus.NOT_STARTED.name().equals(part.status()) ? TaskStatus.IN_PROGRESS.name() : part.status();
        PartRow saved = save(actor, part, part.asRead(report.version()).with(status, percent, null, part.completionNote(), clock.instant()));
        EntryRow entry = entries.save(new EntryRow(null, partId, EntryKind.PROGRESS.name(), date, actor.accountId(), authorName(actor),
                text, report.percent(), null, null, clock.instant()));
        List<EntryFile> attached = attachments.add(actor, entry.id(), files);
        if (!status.equals(part.status())) {
            rollUp.partChanged(saved);
        }
        return new Reported(saved, entry.id(), attached);
    }

    /** A comment on a part, by its unit or another unit of the same task; the part's unit is told. */
    @Transactional
    public void comment(Actor actor, long partId, CommentRequest comment) {
        PartRow part = access.commentable(actor, partId);
        FieldErrors errors = new FieldErrors(messages);
        String text = errors.checkText("text", comment.text(), MAX_TEXT, "task.text.required");
        errors.throwIfAny();
        String author = authorName(actor);
        EntryRow entry = entries.save(new EntryRow(null, partId, EntryKind.COMMENT.name(), LocalDate.now(clock), actor.accountId(),
                author, text, null, null, null, clock.instant()));
        audit.created(actor, part.organisationId(), "task_entry", entry.id(), TaskNotifications.abbreviate(text, 120), entry);
        if (part.unitId() != actor.homeUnitId()) {
            notifications.commented(part, author);
        }
    }

    private PartRow changeStatus(Actor actor, PartRow part, StatusChange change) {
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors(messages);
        if (change.status() == null) {
            errors.add("status", "task.status.required");
        }
        boolean closing = change.status() == TaskStatus.DONE || change.status() == TaskStatus.CANCELLED;
        String note = errors.checkText("note", change.note(), MAX_TEXT, closing ? "task.note.required" : null);
        LocalDate doneOn = change.doneOn() == null ? today : change.doneOn();
        errors.checkDate("doneOn", doneOn);
        if (doneOn.isAfter(today)) {
            errors.add("doneOn", "task.date.future");
        }
        if (change.version() == null) {
            errors.add("version", "task.version.required");
        }
        errors.throwIfAny();
        TaskStatus from = TaskStatus.valueOf(part.status());
        if (from == change.status()) {
            throw ConflictException.field("status", "task.status.unchanged",
                    messages.get("task.status.unchanged", messages.get("task.status." + from.name())));
        }
        if (change.status() == TaskStatus.CANCELLED) {
            access.workable(actor, part.id(), Operation.TASK_MANAGE);
        }
        PartRow changed = switch (change.status()) {
            case DONE -> part.with(TaskStatus.DONE.name(), 100, doneOn, note, clock.instant());
            case CANCELLED -> part.with(TaskStatus.CANCELLED.name(), part.percent(), null, note, clock.instant());
            case NOT_STARTED, IN_PROGRESS -> part.with(change.status().name(), part.percent(), null, null, clock.instant());
        };
        PartRow saved = save(actor, part, changed.asRead(change.version()));
        entries.save(new EntryRow(null, part.id(), EntryKind.STATUS.name(), today, actor.accountId(), authorName(actor), note,
                null, from.name(), change.status().name(), clock.instant()));
        rollUp.partChanged(saved);
        return saved;
    }

    private PartRow save(Actor actor, PartRow before, PartRow changed) {
        try {
            PartRow saved = parts.update(changed);
            audit.updated(actor, before.organisationId(), "task_part", before.id(), notifications.taskText(before.taskId(), 120), before, saved);
            return saved;
        } catch (OptimisticLockException stale) {
            throw new ConflictException("task.changed-by-someone-else", messages.get("task.changed-by-someone-else"));
        }
    }

    private String authorName(Actor actor) {
        List<String> names = sql.list("SELECT display_name FROM account WHERE id = ?", List.of(actor.accountId()), row -> row.getString(1));
        return names.isEmpty() ? actor.login() : names.getFirst();
    }

    private static boolean isClosed(PartRow part) {
        return TaskStatus.DONE.name().equals(part.status()) || TaskStatus.CANCELLED.name().equals(part.status());
    }
}
