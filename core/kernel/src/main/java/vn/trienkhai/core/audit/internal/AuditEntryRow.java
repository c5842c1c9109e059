package vn.trienkhai.core.audit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("audit_entry")
public record AuditEntryRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        @Nullable Long accountId,
        String login,
        @Nullable Long organisationId,
        String entityType,
        long entityId,
        String action,
        String summary) {
}
