package vn.trienkhai.core.reportrequest.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    private final JdbcOperations jdbc;

    SubmissionLines(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The submissions of units whose path matches {@code scope} (a subtree pattern such as {@code /1/4/%}). */
    @ReadOnly
    public List<Line> of(long requestId, String scope) {
        return jdbc.prepareStatement("SELECT s.id, s.unit_id, u.name, u.path, s.status, s.first_submitted_at, s.submitted_at,"
                + " s.submitted_by, s.version FROM report_submission s JOIN unit u ON u.id = s.unit_id WHERE s.request_id = ?"
                + " AND u.path LIKE ? ORDER BY u.sort_key", statement -> {
            statement.setLong(1, requestId);
            statement.setString(2, scope);
            try (ResultSet rows = statement.executeQuery()) {
                List<Line> lines = new ArrayList<>();
                while (rows.next()) {
                    lines.add(new Line(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            instant(rows.getObject(6, OffsetDateTime.class)), instant(rows.getObject(7, OffsetDateTime.class)),
                            rows.getString(8), rows.getLong(9)));
                }
                return lines;
            }
        });
    }

    /**
     * How many units of the subtree {@code scope} were asked, sent before {@code lateFrom} (the day after the due date),
     * sent from it on, and never sent: in that order, counted by the database for the lists of requests.
     */
    @ReadOnly
    public long[] counts(long requestId, String scope, Instant lateFrom) {
        return jdbc.prepareStatement("SELECT count(*), SUM(CASE WHEN s.first_submitted_at < ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.first_submitted_at >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN s.first_submitted_at IS NULL THEN 1 ELSE 0 END)"
                + " FROM report_submission s JOIN unit u ON u.id = s.unit_id WHERE s.request_id = ? AND u.path LIKE ?", statement -> {
            OffsetDateTime from = lateFrom.atOffset(ZoneOffset.UTC);
            statement.setObject(1, from);
            statement.setObject(2, from);
            statement.setLong(3, requestId);
            statement.setString(4, scope);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)};
            }
        });
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
