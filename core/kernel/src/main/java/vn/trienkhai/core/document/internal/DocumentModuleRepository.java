package vn.trienkhai.core.document.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The modules a document belongs to: pairs of ids (table {@code document_module}), read and written one id at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DocumentModuleRepository extends GenericRepository<DocumentModuleRepository.DocumentModuleRow, Long> {

    @Query("SELECT module_id FROM document_module WHERE document_id = :documentId ORDER BY module_id")
    List<String> findModuleIds(long documentId);

    @Query("INSERT INTO document_module (document_id, module_id) VALUES (:documentId, :moduleId)")
    void add(long documentId, String moduleId);

    @Query("DELETE FROM document_module WHERE document_id = :documentId AND module_id = :moduleId")
    void remove(long documentId, String moduleId);

    /** Locks the document's row until the transaction ends, so that two changes of its modules queue. */
    @Query("SELECT id FROM document WHERE id = :documentId FOR UPDATE")
    List<Long> lockDocument(long documentId);

    @MappedEntity("document_module")
    record DocumentModuleRow(@Id long documentId, String moduleId) {
    }
}
