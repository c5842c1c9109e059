package vn.trienkhai.core.unit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestDatabase;
import vn.trienkhai.core.testing.Timing;
import vn.trienkhai.core.text.VietnameseText;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Prints how long subtree and ancestor queries take on a province-sized tree of about 20,000 units
 * (1 province, 10 districts, 200 communes, 2,000 villages, 18,000 cells), through the real service on the
 * test PostgreSQL. Not a test: nothing is asserted, the figures go to docs/performance.md.
 *
 * <pre>./mvnw -q -pl core/kernel test-compile exec:java@benchmark -Dbenchmark=vn.trienkhai.core.unit.UnitTreeBenchmark</pre>
 */
public final class UnitTreeBenchmark {

    private static final int[] FAN_OUT = {10, 20, 10, 9};
    private static final int WARM_UP = 50;
    private static final int RUNS = 300;

    private UnitTreeBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, Object> properties = new HashMap<>(TestDatabase.postgres());
        properties.put("trienkhai.demo-data", "false");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            Organisation province = context.getBean(OrganisationService.class)
                    .create(Actor.installation(), "bench", "Tỉnh ủy", UnitKind.COMMITTEE, "TU", LocalDate.of(2020, 1, 1));
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            long started = System.nanoTime();
            List<List<Long>> levels = build(dataSource, province);
            System.out.printf("Built %,d units in %,d ms%n", levels.stream().mapToInt(List::size).sum(),
                    (System.nanoTime() - started) / 1_000_000);
            measure(context.getBean(UnitService.class), TestActors.administrator(province), levels);
        }
    }

    private static void measure(UnitService units, Actor actor, List<List<Long>> levels) {
        System.out.println("query       depth  rows    median µs   p95 µs");
        for (int depth = 0; depth < levels.size() - 1; depth++) {
            long id = levels.get(depth).get(levels.get(depth).size() / 2);
            int rows = units.subtree(actor, id).size();
            report("subtree", depth, rows, () -> units.subtree(actor, id).size());
        }
        for (int depth = levels.size() - 1; depth >= 1; depth--) {
            long id = levels.get(depth).get(levels.get(depth).size() / 2);
            report("ancestors", depth, units.ancestors(actor, id).size(), () -> units.ancestors(actor, id).size());
        }
    }

    private static void report(String query, int depth, int rows, LongSupplier run) {
        long[] micros = Timing.microseconds(WARM_UP, RUNS, run);
        System.out.printf("%-11s %5d %6d %12d %8d%n", query, depth, rows, Timing.median(micros), Timing.p95(micros));
    }

    /**
     * Inserts the tree level by level with JDBC batches: the benchmark measures reading, not writing. The ids of
     * each level, the province first; other benchmarks build on it.
     */
    public static List<List<Long>> build(DataSource dataSource, Organisation province) throws SQLException {
        List<List<Long>> levels = new ArrayList<>();
        levels.add(List.of(province.rootUnitId()));
        Map<Long, String> paths = new HashMap<>(Map.of(province.rootUnitId(), UnitPath.root(province.rootUnitId())));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int depth = 1; depth <= FAN_OUT.length; depth++) {
                List<Long> created = new ArrayList<>();
                for (long parent : levels.get(depth - 1)) {
                    created.addAll(insertChildren(connection, province.id(), parent, paths, depth, FAN_OUT[depth - 1]));
                }
                levels.add(created);
            }
            connection.commit();
        }
        return levels;
    }

    private static List<Long> insertChildren(Connection connection, long organisationId, long parent, Map<Long, String> paths,
                                             int depth, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO unit (organisation_id, parent_id, kind, code, name, search_key, sort_key, path, depth, valid_from, version)
                VALUES (?, ?, 'CELL', ?, ?, ?, ?, '/', ?, ?, 0)""", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                String name = "Đơn vị " + depth + "." + parent + "." + i;
                insert.setLong(1, organisationId);
                insert.setLong(2, parent);
                insert.setString(3, "U" + i);
                insert.setString(4, name);
                insert.setString(5, VietnameseText.fold(name));
                insert.setString(6, VietnameseText.sortKey(name));
                insert.setInt(7, depth);
                insert.setDate(8, Date.valueOf(LocalDate.of(2020, 1, 1)));
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        try (PreparedStatement path = connection.prepareStatement("UPDATE unit SET path = ? WHERE id = ?")) {
            for (long id : ids) {
                String value = UnitPath.child(paths.get(parent), id);
                paths.put(id, value);
                path.setString(1, value);
                path.setLong(2, id);
                path.addBatch();
            }
            path.executeBatch();
        }
        return ids;
    }
}
