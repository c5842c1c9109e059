package vn.trienkhai.core.reportrequest.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRows.EventRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.NarrativeRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.RequestRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SectionRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SubmissionRow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The repositories of {@link ReportRows}. */
public final class ReportRepositories {

    private ReportRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface RequestRepository extends CrudRepository<RequestRow, Long> {

        /** The requests issued by a unit of the subtree {@code scope} (a path pattern such as {@code /1/4/%}), latest due first. */
        @Query(value = "SELECT r.* FROM report_request r JOIN unit u ON u.id = r.unit_id WHERE r.organisation_id = :organisationId"
                + " AND u.path LIKE :scope ORDER BY r.due_on DESC, r.id DESC",
                countQuery = "SELECT count(*) FROM report_request r JOIN unit u ON u.id = r.unit_id"
                        + " WHERE r.organisation_id = :organisationId AND u.path LIKE :scope")
        Page<RequestRow> findIssuedWithin(long organisationId, String scope, Pageable pageable);

        List<RequestRow> findByIdIn(Collection<Long> ids);

        /** The requesting unit's path as the tree stands now. */
        @Query("SELECT u.path FROM report_request r JOIN unit u ON u.id = r.unit_id WHERE r.id = :requestId")
        String findUnitPath(long requestId);

        /** A unit's requests of one period: the narratives its consolidated report quotes. */
        List<RequestRow> findByUnitIdAndPeriodKindAndPeriodStartOrderById(long unitId, String periodKind, LocalDate periodStart);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface SectionRepository extends CrudRepository<SectionRow, Long> {
        List<SectionRow> findByRequestIdOrderByPosition(long requestId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface SubmissionRepository extends CrudRepository<SubmissionRow, Long> {

        List<SubmissionRow> findByRequestId(long requestId);

        @Query("SELECT count(*) FROM report_submission s JOIN unit u ON u.id = s.unit_id WHERE s.request_id = :requestId"
                + " AND u.path LIKE :scope")
        long countAskedWithin(long requestId, String scope);

        /** What the units were asked, the latest request first; open ones are told apart by the caller. */
        @Query("SELECT s.* FROM report_submission s JOIN report_request r ON r.id = s.request_id WHERE s.unit_id IN (:unitIds)"
                + " ORDER BY r.due_on DESC, s.id DESC LIMIT :limit")
        List<SubmissionRow> findAskedOf(Collection<Long> unitIds, int limit);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface NarrativeRepository extends CrudRepository<NarrativeRow, Long> {
        List<NarrativeRow> findBySubmissionId(long submissionId);

        List<NarrativeRow> findBySubmissionIdIn(Collection<Long> submissionIds);

        void deleteBySubmissionId(long submissionId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface EventRepository extends CrudRepository<EventRow, Long> {
        List<EventRow> findBySubmissionIdOrderByAt(long submissionId);
    }
}
