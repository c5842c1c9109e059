package vn.trienkhai.core.notification.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NotificationRepository extends CrudRepository<NotificationRow, Long> {

    @Query("SELECT n.* FROM notification n WHERE n.unit_id = :unitId ORDER BY n.created_at DESC, n.id DESC LIMIT :limit")
    List<NotificationRow> findNewest(long unitId, int limit);

    @Query("SELECT count(*) FROM notification n WHERE n.unit_id = :unitId AND NOT EXISTS (SELECT 1 FROM notification_read r"
            + " WHERE r.notification_id = n.id AND r.account_id = :accountId)")
    long countUnread(long unitId, long accountId);

    @Query("SELECT r.notification_id FROM notification_read r WHERE r.account_id = :accountId AND r.notification_id IN (:ids)")
    List<Long> findRead(long accountId, Collection<Long> ids);

    @Query("INSERT INTO notification_read (notification_id, account_id) SELECT n.id, :accountId FROM notification n"
            + " WHERE n.unit_id = :unitId AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id"
            + " AND r.account_id = :accountId)")
    void markAllRead(long unitId, long accountId);
}
