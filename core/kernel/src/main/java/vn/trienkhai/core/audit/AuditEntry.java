package vn.trienkhai.core.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One recorded change: who, when, which entity, what happened, and each field's old and new value. */
@Serdeable
public record AuditEntry(long id, Instant at, String login, Long organisationId, String entityType, long entityId,
                         Action action, String summary, List<Change> changes) {

    public enum Action { CREATE, UPDATE, DELETE }

    @Serdeable
    public record Change(String field, String oldValue, String newValue) {
    }
}
