package vn.trienkhai.core.audit.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only, like the entries it details. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditChangeRepository extends GenericRepository<AuditChangeRow, Long> {

    AuditChangeRow save(AuditChangeRow change);

    List<AuditChangeRow> findByEntryIdOrderById(long entryId);
}
