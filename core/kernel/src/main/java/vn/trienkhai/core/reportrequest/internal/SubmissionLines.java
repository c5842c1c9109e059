package vn.trienkhai.core.reportrequest.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.sql.Sql;

import java.time.Instant;
import java.util.List;

/**
 * Every submission of a request with its unit's path and name in one query: what completeness counts and drills into.
 * A request asks at most the units of one subtree (some thousands in a province), so counting in memory is cheaper
 * than one grouped query per level of the drill-down.
 */
@Singleton
public class SubmissionLines {

    /** A submission and where its unit stands in the tree now. */
    public record Line(long submissionId, long unitId, String unitName, String unitPath, String status, Instant firstSubmittedAt,
                       Instant submittedAt, String submittedBy, long version) {
    }

    private final Sql sql;

    SubmissionLines(Sql sql) {
        this.sql = sql;
    }

    /** The submissions of units whose path matches {@code scope} (a subtree pattern such as {@code /1/4/%}). */
    @ReadOnly
    public List<Line> of(long requestId, String scope) {
        return sql.list("SELECT s.id, s.unit_id, u.name, u.path, s.status, s.first_submitted_at, s.submitted_at,"
                + " s.submitted_by, s.version FROM report_submission s JOIN unit u ON u.id = s.unit_id WHERE s.request_id = ?"
                + " AND u.path LIKE ? ORDER BY u.sort_key", List.of(requestId, scope),
                row -> new Line(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                        Sql.instant(row, 6), Sql.instant(row, 7), row.getString(8), row.getLong(9)));
    }

    /**
     * How many units of the subtree {@code scope} were asked, sent before {@code lateFrom} (the day after the due date),
     * sent from it on, and never sent: in that order, counted by the database for the lists of requests.
     */
    @ReadOnly
    public long[] counts(long requestId, String scope, Instant lateFrom) {
        return sql.list("SELECT count(*), SUM(CASE WHEN s.first_submitted_at < ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.first_submitted_at >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN s.first_submitted_at IS NULL THEN 1 ELSE 0 END)"
                + " FROM report_submission s JOIN unit u ON u.id = s.unit_id WHERE s.request_id = ? AND u.path LIKE ?",
                List.of(lateFrom, lateFrom, requestId, scope),
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)}).getFirst();
    }
}
