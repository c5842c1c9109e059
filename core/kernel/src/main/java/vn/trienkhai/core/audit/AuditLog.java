package vn.trienkhai.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.audit.internal.AuditChangeRepository;
import vn.trienkhai.core.audit.internal.AuditEntryRepository;
import vn.trienkhai.core.audit.internal.AuditEntryRow;
import vn.trienkhai.core.text.VietnameseText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Browsing the audit log: an organisation's administrators see their organisation's entries, newest first. */
@Singleton
public class AuditLog {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuditEntryRepository entries;
    private final AuditChangeRepository changes;
    private final AccessPolicy policy;

    AuditLog(AuditEntryRepository entries, AuditChangeRepository changes, AccessPolicy policy) {
        this.entries = entries;
        this.changes = changes;
        this.policy = policy;
    }

    /**
     * Entries matching every filter given (null: any): who ({@code login}), which entity type, and the days
     * from {@code from} to {@code to} inclusive.
     */
    @ReadOnly
    public Page<AuditEntry> search(Actor actor, @Nullable String login, @Nullable String entityType,
                                   @Nullable LocalDate from, @Nullable LocalDate to, Pageable pageable) {
        policy.require(actor, Operation.AUDIT_READ);
        Long organisation = actor.has(Role.SYSTEM_ADMIN) && actor.organisationId() == 0 ? null : actor.organisationId();
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(VIETNAM).toInstant();
        Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        String loginPattern = login == null || login.isBlank() ? "%" : "%" + VietnameseText.fold(login) + "%";
        String typePattern = entityType == null || entityType.isBlank() ? "%" : entityType;
        Page<AuditEntryRow> rows = organisation == null
                ? entries.searchAll(loginPattern, typePattern, start, end, pageable)
                : entries.searchInOrganisation(organisation, loginPattern, typePattern, start, end, pageable);
        return rows.map(this::toEntry);
    }

    private AuditEntry toEntry(AuditEntryRow row) {
        return new AuditEntry(row.id(), row.at(), row.login(), row.organisationId(), row.entityType(), row.entityId(),
                AuditEntry.Action.valueOf(row.action()), row.summary(),
                changes.findByEntryIdOrderById(row.id()).stream()
                        .map(change -> new AuditEntry.Change(change.field(), change.oldValue(), change.newValue())).toList());
    }
}
