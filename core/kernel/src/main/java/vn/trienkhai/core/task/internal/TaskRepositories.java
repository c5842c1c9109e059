package vn.trienkhai.core.task.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.trienkhai.core.task.internal.TaskRows.EntryAttachmentRow;
import vn.trienkhai.core.task.internal.TaskRows.EntryRow;
import vn.trienkhai.core.task.internal.TaskRows.OccurrenceRow;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The repositories of {@link TaskRows}. */
public final class TaskRepositories {

    private TaskRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface OccurrenceRepository extends CrudRepository<OccurrenceRow, Long> {
        List<OccurrenceRow> findByTaskIdOrderBySequence(long taskId);

        List<OccurrenceRow> findByTaskIdInOrderBySequence(Collection<Long> taskIds);

        /** The recurring tasks whose last occurrence falls before {@code horizon}, and the tasks with none yet. */
        @Query("SELECT t.id FROM task t WHERE t.organisation_id = :organisationId AND (t.recurrence IS NOT NULL"
                + " AND COALESCE(t.recurrence_end, DATE '2100-12-31') > (SELECT COALESCE(max(o.due_on), DATE '1900-01-01')"
                + " FROM task_occurrence o WHERE o.task_id = t.id) AND (SELECT COALESCE(max(o.due_on), DATE '1900-01-01')"
                + " FROM task_occurrence o WHERE o.task_id = t.id) < :horizon"
                + " OR NOT EXISTS (SELECT 1 FROM task_occurrence o WHERE o.task_id = t.id))")
        List<Long> findNeedingOccurrences(long organisationId, LocalDate horizon);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface PartRepository extends CrudRepository<PartRow, Long> {
        List<PartRow> findByTaskIdIn(Collection<Long> taskIds);

        List<PartRow> findByOccurrenceId(long occurrenceId);

        List<PartRow> findByIdIn(Collection<Long> ids);

        /** The open lead parts of the tasks of {@code documentId} asking units for their own plan. */
        @Query("SELECT p.* FROM task_part p JOIN task t ON t.id = p.task_id WHERE t.document_id = :documentId"
                + " AND t.kind = 'OWN_PLAN' AND p.role = 'LEAD' AND p.status IN ('NOT_STARTED', 'IN_PROGRESS')")
        List<PartRow> findOpenOwnPlanParts(long documentId);

        /** How many parts of the document's tasks someone worked on: changed their status or wrote an entry. */
        @Query("SELECT count(*) FROM task_part p JOIN task t ON t.id = p.task_id WHERE t.document_id = :documentId"
                + " AND (p.status <> 'NOT_STARTED' OR EXISTS (SELECT 1 FROM task_entry e WHERE e.part_id = p.id))")
        long countWorkedOnByDocument(long documentId);

        /** Open parts due between the two dates (inclusive) that have no notification of {@code kind} yet. */
        @Query("SELECT p.* FROM task_part p WHERE p.organisation_id = :organisationId AND p.status IN ('NOT_STARTED', 'IN_PROGRESS')"
                + " AND p.due_on BETWEEN :from AND :to AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.part_id = p.id"
                + " AND n.kind = :kind)")
        List<PartRow> findOpenDueBetweenUnnotified(long organisationId, LocalDate from, LocalDate to, String kind);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface EntryRepository extends CrudRepository<EntryRow, Long> {
        List<EntryRow> findByPartIdInOrderByCreatedAt(Collection<Long> partIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface EntryAttachmentRepository extends CrudRepository<EntryAttachmentRow, Long> {
        List<EntryAttachmentRow> findByEntryIdInOrderById(Collection<Long> entryIds);
    }
}
