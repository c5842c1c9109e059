package vn.trienkhai.core.reportrequest.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    @ReadOnly
    public List<Line> of(long requestId) {
        return jdbc.prepareStatement("SELECT s.id, s.unit_id, u.name, u.path, s.status, s.first_submitted_at, s.submitted_at,"
                + " s.submitted_by, s.version FROM report_submission s JOIN unit u ON u.id = s.unit_id WHERE s.request_id = ?"
                + " ORDER BY u.sort_key", statement -> {
            statement.setLong(1, requestId);
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

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
