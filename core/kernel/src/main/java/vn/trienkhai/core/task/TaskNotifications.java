package vn.trienkhai.core.task;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.notification.Notifications;
import vn.trienkhai.core.notification.Notifications.Kind;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.task.internal.TaskRepositories.PartRepository;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What a unit's accounts are told about its tasks: a task given to it, a deadline three days ahead, a deadline
 * passed, a comment on its part. The deadline notices come from {@link #scanDeadlines}, at most one of each kind
 * per part however often it runs.
 */
@Singleton
public class TaskNotifications {

    /** A notice this many days before a deadline. */
    static final int DUE_SOON_NOTICE_DAYS = 3;

    private final Notifications notifications;
    private final PartRepository parts;
    private final Sql sql;
    private final Messages messages;
    private final Clock clock;

    TaskNotifications(Notifications notifications, PartRepository parts, Sql sql, Messages messages, Clock clock) {
        this.notifications = notifications;
        this.parts = parts;
        this.sql = sql;
        this.messages = messages;
        this.clock = clock;
    }

    void assigned(long organisationId, long taskId, Collection<Long> unitIds) {
        String text = messages.get("notification.assigned", taskText(taskId));
        unitIds.forEach(unitId -> notifications.postAboutTask(organisationId, unitId, Kind.ASSIGNED, taskId, null, text));
    }

    void commented(PartRow part, String author) {
        notifications.postAboutTask(part.organisationId(), part.unitId(), Kind.COMMENT, part.taskId(), part.id(),
                messages.get("notification.comment", author, taskText(part.taskId())));
    }

    /** Tells the units whose open parts fall due within three days, or fell due before today; returns how many notices. */
    @Transactional
    public int scanDeadlines(long organisationId) {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (PartRow part : parts.findOpenDueBetweenUnnotified(organisationId, today, today.plusDays(DUE_SOON_NOTICE_DAYS),
                Kind.DUE_SOON.name())) {
            notifications.postAboutTask(organisationId, part.unitId(), Kind.DUE_SOON, part.taskId(), part.id(),
                    messages.get("notification.due-soon", part.dueOn(), taskText(part.taskId())));
            sent++;
        }
        // only the last month: a deadline missed years ago, in a plan registered today, is the dashboard's to show
        for (PartRow part : parts.findOpenDueBetweenUnnotified(organisationId, today.minusMonths(1), today.minusDays(1),
                Kind.OVERDUE.name())) {
            notifications.postAboutTask(organisationId, part.unitId(), Kind.OVERDUE, part.taskId(), part.id(),
                    messages.get("notification.overdue", part.dueOn(), taskText(part.taskId())));
            sent++;
        }
        return sent;
    }

    /** A task's text, cut for a notice or an audit summary. */
    String taskText(long taskId) {
        return taskText(taskId, 200);
    }

    String taskText(long taskId, int length) {
        List<String> texts = sql.list("SELECT text FROM task WHERE id = ?", List.of(taskId), row -> row.getString(1));
        return texts.isEmpty() ? "" : abbreviate(texts.getFirst(), length);
    }

    static String abbreviate(String text, int length) {
        return text.length() > length ? text.substring(0, length - 1) + "…" : text;
    }
}
