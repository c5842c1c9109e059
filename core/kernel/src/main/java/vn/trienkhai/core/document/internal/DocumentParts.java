package vn.trienkhai.core.document.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The rows of what a document holds, each table's one row type. */
public final class DocumentParts {

    private DocumentParts() {
    }

    @MappedEntity("document_link")
    public record LinkRow(@Id @GeneratedValue @Nullable Long id, long documentId, long targetId, String linkKind) {
    }

    @MappedEntity("document_section")
    public record SectionRow(@Id @GeneratedValue @Nullable Long id, long documentId, int position, String code, String heading) {
    }

    @MappedEntity("document_recipient")
    public record RecipientRow(@Id @GeneratedValue @Nullable Long id, long documentId, int position, String name,
                               @Nullable Long unitId, String purpose) {
    }

    @MappedEntity("task")
    public record TaskRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long documentId, int position,
                          @Nullable String sectionCode, String text, @Nullable String leadUnitName, @Nullable Long leadUnitId,
                          String deadlineType, @Nullable LocalDate deadlineDate, @Nullable String recurrence, String status,
                          @Version @Nullable Long version, @Nullable Long parentTaskId, String kind, @Nullable LocalDate recurrenceEnd) {

        /** The same task with another status, e.g. when its lead's part is done. */
        public TaskRow withStatus(String newStatus) {
            return new TaskRow(id, organisationId, documentId, position, sectionCode, text, leadUnitName, leadUnitId, deadlineType,
                    deadlineDate, recurrence, newStatus, version, parentTaskId, kind, recurrenceEnd);
        }
    }

    @MappedEntity("task_coordinator")
    public record CoordinatorRow(@Id @GeneratedValue @Nullable Long id, long taskId, String name, @Nullable Long unitId) {
    }

    @MappedEntity("target")
    public record TargetRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long documentId, int position,
                            String text, BigDecimal targetValue, String unit, @Nullable Integer targetYear) {
    }
}
