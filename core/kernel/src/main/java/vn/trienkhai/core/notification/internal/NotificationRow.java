package vn.trienkhai.core.notification.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A notice to a unit's accounts; the task and part it is about, if any, go with it when they are deleted. */
@MappedEntity("notification")
public record NotificationRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, String kind,
                              @Nullable Long partId, @Nullable Long taskId, String text, Instant createdAt, @Nullable String link) {
}
