package vn.trienkhai.core.audit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("audit_change")
public record AuditChangeRow(
        @Id @GeneratedValue @Nullable Long id,
        long entryId,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {
}
