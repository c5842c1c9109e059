package vn.trienkhai.core.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.notification.internal.NotificationRepository;
import vn.trienkhai.core.notification.internal.NotificationRow;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a unit's accounts are told: the notices of the actor's home unit, newest first, each read or not by this
 * account, and each linking to the workspace page it is about. The features post them; the text is written in the
 * organisation's language when the notice is made.
 */
@Singleton
public class Notifications {

    /** What a notice is about; stored by name, at most 16 characters. */
    public enum Kind { ASSIGNED, DUE_SOON, OVERDUE, COMMENT, REPORT_ASKED, REPORT_SENT, REPORT_RETURNED }

    /**
     * A notice as its reader sees it. {@code link} is a workspace path such as {@code tasks/12} (none for a notice about
     * something gone); {@code taskId} is kept for the API's readers of the task notices.
     */
    @Serdeable
    public record Notice(long id, Kind kind, @Nullable Long taskId, @Nullable String link, String text, Instant at, boolean read) {
    }

    /** Enough for the bell's list; older notices remain in the tasks' and reports' history. */
    static final int NEWEST = 50;
    static final int TEXT_MAX = 1000;

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Tells a unit's accounts something, linking to the page it is about. */
    @Transactional
    public void post(long organisationId, long unitId, Kind kind, String link, String text) {
        save(organisationId, unitId, kind, link, text, null, null);
    }

    /**
     * Tells a unit's accounts something about a task, or one unit's part of it: the notice goes when the task goes,
     * and the deadline scan knows which parts it has told about.
     */
    @Transactional
    public void postAboutTask(long organisationId, long unitId, Kind kind, long taskId, @Nullable Long partId, String text) {
        save(organisationId, unitId, kind, "tasks/" + taskId, text, taskId, partId);
    }

    @ReadOnly
    public List<Notice> list(Actor actor) {
        List<NotificationRow> rows = notifications.findNewest(actor.homeUnitId(), NEWEST);
        Set<Long> read = rows.isEmpty() ? Set.of()
                : new HashSet<>(notifications.findRead(actor.accountId(), rows.stream().map(NotificationRow::id).toList()));
        return rows.stream().map(row -> new Notice(row.id(), Kind.valueOf(row.kind()), row.taskId(), row.link(), row.text(),
                row.createdAt(), read.contains(row.id()))).toList();
    }

    @ReadOnly
    public long unread(Actor actor) {
        return notifications.countUnread(actor.homeUnitId(), actor.accountId());
    }

    @Transactional
    public void markAllRead(Actor actor) {
        notifications.markAllRead(actor.homeUnitId(), actor.accountId());
    }

    private void save(long organisationId, long unitId, Kind kind, String link, String text, @Nullable Long taskId, @Nullable Long partId) {
        // a reason or a title may be long; the notice is a pointer to the page that has it all
        String shown = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX - 1) + "…" : text;
        notifications.save(new NotificationRow(null, organisationId, unitId, kind.name(), partId, taskId, shown, clock.instant(), link));
    }
}
