package vn.trienkhai.core.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.task.TaskNotifications.Kind;
import vn.trienkhai.core.task.internal.TaskRepositories.NotificationRepository;
import vn.trienkhai.core.task.internal.TaskRows.NotificationRow;


import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The notices of the actor's home unit, newest first, each read or not by this account. */
@Singleton
public class Notifications {

    /** Enough for the bell's list; older notices remain in the tasks' history. */
    static final int NEWEST = 50;

    @Serdeable
    public record Notice(long id, Kind kind, @Nullable Long taskId, String text, Instant at, boolean read) {
    }

    private final NotificationRepository notifications;

    Notifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @ReadOnly
    public List<Notice> list(Actor actor) {
        List<NotificationRow> rows = notifications.findNewest(actor.homeUnitId(), NEWEST);
        Set<Long> read = rows.isEmpty() ? Set.of()
                : new HashSet<>(notifications.findRead(actor.accountId(), rows.stream().map(NotificationRow::id).toList()));
        return rows.stream().map(row -> new Notice(row.id(), Kind.valueOf(row.kind()), row.taskId(), row.text(), row.createdAt(),
                read.contains(row.id()))).toList();
    }

    @ReadOnly
    public long unread(Actor actor) {
        return notifications.countUnread(actor.homeUnitId(), actor.accountId());
    }

    @Transactional
    public void markAllRead(Actor actor) {
        notifications.markAllRead(actor.homeUnitId(), actor.accountId());
    }
}
