package vn.trienkhai.core.document.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.trienkhai.core.document.internal.DocumentParts.CoordinatorRow;
import vn.trienkhai.core.document.internal.DocumentParts.LinkRow;
import vn.trienkhai.core.document.internal.DocumentParts.RecipientRow;
import vn.trienkhai.core.document.internal.DocumentParts.SectionRow;
import vn.trienkhai.core.document.internal.DocumentParts.TargetRow;
import vn.trienkhai.core.document.internal.DocumentParts.TaskRow;

import java.util.Collection;
import java.util.List;

/** The repositories of {@link DocumentParts}. */
public final class DocumentPartRepositories {

    private DocumentPartRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface LinkRepository extends CrudRepository<LinkRow, Long> {
        List<LinkRow> findByDocumentId(long documentId);

        List<LinkRow> findByTargetIdInAndLinkKind(Collection<Long> targetIds, String linkKind);

        List<LinkRow> findByDocumentIdInAndLinkKind(Collection<Long> documentIds, String linkKind);

        boolean existsByDocumentIdAndTargetIdAndLinkKind(long documentId, long targetId, String linkKind);

        long countByTargetId(long targetId);

        void deleteByDocumentId(long documentId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface SectionRepository extends CrudRepository<SectionRow, Long> {
        List<SectionRow> findByDocumentIdOrderByPosition(long documentId);

        void deleteByDocumentId(long documentId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface RecipientRepository extends CrudRepository<RecipientRow, Long> {
        List<RecipientRow> findByDocumentIdOrderByPosition(long documentId);

        void deleteByDocumentId(long documentId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface TaskRepository extends CrudRepository<TaskRow, Long> {
        List<TaskRow> findByDocumentIdOrderByPosition(long documentId);

        /** The tasks as the plan states them, without the child tasks a group's task fanned out into. */
        List<TaskRow> findByDocumentIdAndParentTaskIdIsNullOrderByPosition(long documentId);

        List<TaskRow> findByParentTaskIdOrderByPosition(long parentTaskId);

        void deleteByDocumentId(long documentId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface CoordinatorRepository extends CrudRepository<CoordinatorRow, Long> {
        List<CoordinatorRow> findByTaskIdIn(Collection<Long> taskIds);

        void deleteByTaskIdIn(Collection<Long> taskIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface TargetRepository extends CrudRepository<TargetRow, Long> {
        List<TargetRow> findByDocumentIdOrderByPosition(long documentId);

        void deleteByDocumentId(long documentId);
    }
}
