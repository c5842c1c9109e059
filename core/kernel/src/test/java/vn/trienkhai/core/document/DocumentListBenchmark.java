package vn.trienkhai.core.document;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestDatabase;
import vn.trienkhai.core.testing.Timing;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.core.unit.UnitTreeBenchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Prints how long the document list takes, with its visibility rule, on a province of about 20,000 units and 6,500
 * documents: 500 of the province, 200 per district sent to its 20 communes "for execution" with 3 tasks led by
 * communes, 20 per commune sent up to its district with 3 tasks led by villages. One page of 50 and its total,
 * through the real service, for an actor at each level. Not a test: nothing is asserted.
 *
 * <pre>./mvnw -q -pl core/kernel test-compile exec:java@benchmark -Dbenchmark=vn.trienkhai.core.document.DocumentListBenchmark</pre>
 */
public final class DocumentListBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    private DocumentListBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, Object> properties = new HashMap<>(TestDatabase.postgres());
        properties.put("trienkhai.demo-data", "false");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            Organisation province = context.getBean(OrganisationService.class)
                    .create(Actor.installation(), "benchdoc", "Tỉnh ủy", UnitKind.COMMITTEE, "TU", LocalDate.of(2020, 1, 1));
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            List<List<Long>> levels = UnitTreeBenchmark.build(dataSource, province);
            long started = System.nanoTime();
            int documents = documents(dataSource, province.id(), levels);
            System.out.printf("Built %,d documents in %,d ms%n", documents, (System.nanoTime() - started) / 1_000_000);
            measure(context, province, levels);
        }
    }

    private static void measure(ApplicationContext context, Organisation province, List<List<Long>> levels) {
        DocumentRegistry registry = context.getBean(DocumentRegistry.class);
        UnitService units = context.getBean(UnitService.class);
        Actor admin = TestActors.administrator(province);
        DocumentFilter all = new DocumentFilter(null, null, null, null, null);
        DocumentFilter text = new DocumentFilter(null, null, null, null, "ke hoach 7");
        System.out.println("home depth  filter   visible   median µs   p95 µs");
        for (int depth = 0; depth < levels.size(); depth++) {
            long home = levels.get(depth).get(levels.get(depth).size() / 2);
            Actor actor = TestActors.at(units.get(admin, home), Role.OFFICER);
            for (DocumentFilter filter : List.of(all, text)) {
                long visible = registry.search(actor, filter, Pageable.from(0, 50)).getTotalSize();
                report(depth, filter == all ? "none" : "text", visible,
                        () -> registry.search(actor, filter, Pageable.from(0, 50)).getTotalSize());
            }
        }
    }

    private static void report(int depth, String filter, long visible, LongSupplier run) {
        long[] micros = Timing.microseconds(WARM_UP, RUNS, run);
        System.out.printf("%10d  %-7s %8d %12d %8d%n", depth, filter, visible, Timing.median(micros), Timing.p95(micros));
    }

    /** Documents, recipients and tasks by JDBC batches, as the header describes; returns how many documents. */
    private static int documents(DataSource dataSource, long organisationId, List<List<Long>> levels) throws SQLException {
        Map<Long, List<Long>> children = new HashMap<>();
        for (int depth = 1; depth < levels.size(); depth++) {
            List<Long> parents = levels.get(depth - 1);
            List<Long> level = levels.get(depth);
            int perParent = level.size() / parents.size();
            for (int i = 0; i < parents.size(); i++) {
                children.put(parents.get(i), level.subList(i * perParent, (i + 1) * perParent));
            }
        }
        long province = levels.getFirst().getFirst();
        int count = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            count += issue(connection, organisationId, province, null, List.of(), List.of(), 500);
            for (long district : levels.get(1)) {
                count += issue(connection, organisationId, district, province, children.get(district), children.get(district), 200);
            }
            for (long commune : levels.get(2)) {
                List<Long> districtOnly = List.of(children.entrySet().stream()
                        .filter(entry -> entry.getValue().contains(commune)).findFirst().orElseThrow().getKey());
                count += issue(connection, organisationId, commune, null, districtOnly, children.get(commune), 20);
            }
            connection.commit();
        }
        return count;
    }

    private static int issue(Connection connection, long organisationId, long issuer, Long reportedTo, List<Long> recipients,
                             List<Long> leads, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO document (organisation_id, kind, number, issuer_code, symbol, issuing_unit_id, owner_unit_id, issued_on,
                                      title, status, search_key, created_at, version)
                VALUES (?, 'KH', ?, 'HU', ?, ?, ?, ?, ?, 'ISSUED', ?, ?, 0)""", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 1; i <= count; i++) {
                insert.setLong(1, organisationId);
                insert.setInt(2, i);
                insert.setString(3, i + "-KH/HU");
                insert.setLong(4, issuer);
                insert.setLong(5, issuer);
                insert.setDate(6, Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(i)));
                insert.setString(7, "Kế hoạch " + i + " của đơn vị " + issuer);
                insert.setString(8, i + "-kh/hu ke hoach " + i + " cua don vi " + issuer);
                insert.setTimestamp(9, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement recipient = connection.prepareStatement(
                "INSERT INTO document_recipient (document_id, position, name, unit_id, purpose) VALUES (?, ?, 'Đơn vị', ?, ?)");
             PreparedStatement task = connection.prepareStatement("""
                     INSERT INTO task (organisation_id, document_id, position, text, lead_unit_id, deadline_type, status, version)
                     VALUES (?, ?, ?, 'Xây dựng kế hoạch', ?, 'NONE', 'NOT_STARTED', 0)""")) {
            for (long id : ids) {
                for (int position = 0; position < recipients.size(); position++) {
                    recipient.setLong(1, id);
                    recipient.setInt(2, position);
                    recipient.setLong(3, recipients.get(position));
                    recipient.setString(4, reportedTo == null && recipients.size() == 1 ? "REPORT" : "EXECUTE");
                    recipient.addBatch();
                }
                for (int position = 0; position < Math.min(3, leads.size()); position++) {
                    task.setLong(1, organisationId);
                    task.setLong(2, id);
                    task.setInt(3, position);
                    task.setLong(4, leads.get(position));
                    task.addBatch();
                }
            }
            recipient.executeBatch();
            task.executeBatch();
        }
        return ids.size();
    }
}
