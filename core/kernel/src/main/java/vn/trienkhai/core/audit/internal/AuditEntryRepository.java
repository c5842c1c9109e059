package vn.trienkhai.core.audit.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** Append-only: it can save and read, and has no update or delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditEntryRepository extends GenericRepository<AuditEntryRow, Long> {

    AuditEntryRow save(AuditEntryRow entry);

    String FILTER = " login LIKE :login AND entity_type LIKE :entityType AND at >= :from AND at < :to";

    @Query(value = "SELECT * FROM audit_entry WHERE organisation_id = :organisationId AND" + FILTER + " ORDER BY at DESC, id DESC",
            countQuery = "SELECT count(*) FROM audit_entry WHERE organisation_id = :organisationId AND" + FILTER)
    Page<AuditEntryRow> searchInOrganisation(long organisationId, String login, String entityType, Instant from, Instant to, Pageable pageable);

    @Query(value = "SELECT * FROM audit_entry WHERE" + FILTER + " ORDER BY at DESC, id DESC",
            countQuery = "SELECT count(*) FROM audit_entry WHERE" + FILTER)
    Page<AuditEntryRow> searchAll(String login, String entityType, Instant from, Instant to, Pageable pageable);
}
