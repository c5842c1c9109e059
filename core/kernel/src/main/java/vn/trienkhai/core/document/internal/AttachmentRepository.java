package vn.trienkhai.core.document.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AttachmentRepository extends CrudRepository<AttachmentRepository.AttachmentRow, Long> {

    List<AttachmentRow> findByDocumentIdOrderById(long documentId);

    void deleteByDocumentId(long documentId);

    @MappedEntity("document_attachment")
    record AttachmentRow(@Id @GeneratedValue @Nullable Long id, long documentId, String fileName, String contentType,
                         long sizeBytes, String sha256, String storageKey, Instant createdAt) {
    }
}
