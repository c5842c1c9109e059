package vn.trienkhai.core.task;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.task.FollowUpModel.Period;
import vn.trienkhai.core.task.FollowUpModel.PeriodKind;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestDatabase;
import vn.trienkhai.core.testing.Timing;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Prints how long the task lists and the dashboard's counts take on the province of {@link TaskProvince} (about
 * 20,000 units, 200,000 tasks, 375,000 parts): one page of 50 with its total through {@link TaskBoard#list}, for a
 * commune's reporter ("Việc của tôi"), a district's officer and the province's (their subtrees), without and with
 * the overdue filter, and the subtrees filtered by domain (module); then the whole follow-up dashboard of a district and of the province. Each list
 * query's plan follows, from EXPLAIN ANALYZE, to check which indexes it reads. Not a test: nothing is asserted.
 *
 * <pre>./mvnw -q -pl core/kernel test-compile exec:java@benchmark -Dbenchmark=vn.trienkhai.core.task.TaskBoardBenchmark</pre>
 */
public final class TaskBoardBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 60;
    /** TaskSort.DUE's order, as TaskBoard writes it, for the plans of the page query. */
    private static final String BY_DUE = " ORDER BY p.due_on NULLS LAST, p.id LIMIT 50 OFFSET 0";
    /** The actor's subtree, the tasks of the plans of {@link TaskProvince#MODULE} only. */
    private static final TaskFilter BY_MODULE = new TaskFilter(null, false, null, null, null, null, null, null, null, TaskProvince.MODULE);

    private final TaskBoard board;
    private final FollowUpDashboard dashboard;
    private final DataSource dataSource;
    private final Organisation province;
    private final List<String> plans = new ArrayList<>();

    private TaskBoardBenchmark(TaskBoard board, FollowUpDashboard dashboard, DataSource dataSource, Organisation province) {
        this.board = board;
        this.dashboard = dashboard;
        this.dataSource = dataSource;
        this.province = province;
    }

    public static void main(String[] args) throws SQLException {
        Map<String, Object> properties = new HashMap<>(TestDatabase.postgres());
        properties.put("trienkhai.demo-data", "false");
        properties.put("trienkhai.follow-up.enabled", "false");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            Organisation province = context.getBean(OrganisationService.class)
                    .create(Actor.installation(), "benchtask", "Tỉnh ủy", UnitKind.COMMITTEE, "TU", LocalDate.of(2020, 1, 1));
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            long started = System.nanoTime();
            TaskProvince.Unit root = TaskProvince.build(dataSource, province.id(), province.rootUnitId());
            System.out.printf("in %,d ms%n", (System.nanoTime() - started) / 1_000_000);
            new TaskBoardBenchmark(context.getBean(TaskBoard.class), context.getBean(FollowUpDashboard.class), dataSource, province)
                    .measure(context.getBean(UnitService.class), root);
        }
    }

    private void measure(UnitService units, TaskProvince.Unit root) throws SQLException {
        Actor admin = TestActors.administrator(province);
        TaskProvince.Unit district = root.children().get(root.children().size() / 2);
        TaskProvince.Unit commune = district.children().get(district.children().size() / 2);
        Actor reporter = TestActors.at(units.get(admin, commune.id()), Role.REPORTER);
        Actor districtOfficer = TestActors.at(units.get(admin, district.id()), Role.OFFICER);
        Actor provinceOfficer = TestActors.at(units.get(admin, root.id()), Role.OFFICER);
        System.out.println("list                            filter    total   median µs   p95 µs");
        for (boolean overdue : List.of(false, true)) {
            measureList("my tasks, commune reporter", reporter, TaskFilter.mine(), overdue);
            measureList("subtree, district officer", districtOfficer, TaskFilter.subtree(null), overdue);
            measureList("subtree, province officer", provinceOfficer, TaskFilter.subtree(null), overdue);
        }
        measureList("subtree, district officer", districtOfficer, BY_MODULE, false);
        measureList("subtree, province officer", provinceOfficer, BY_MODULE, false);
        measureDashboard("dashboard, a district", districtOfficer, district.id());
        measureDashboard("dashboard, the province", provinceOfficer, root.id());
        plans.forEach(System.out::println);
    }

    private void measureList(String label, Actor actor, TaskFilter filter, boolean overdue) throws SQLException {
        TaskFilter chosen = overdue ? new TaskFilter(filter.unitId(), filter.ownUnitOnly(), null, Set.of(Timeliness.OVERDUE), null,
                null, null, null, null, null) : filter;
        String name = overdue ? "overdue" : filter.moduleId() != null ? "module" : "none";
        LongSupplier page = () -> board.list(actor, chosen, TaskSort.DUE, Pageable.from(0, 50)).getTotalSize();
        report(label, name, page.getAsLong(), page);
        List<Object> parameters = new ArrayList<>();
        String where = board.where(actor, chosen, parameters);
        explain(label + ", " + name + ": count", "SELECT count(*)" + TaskBoard.countFrom(chosen) + where, parameters);
        explain(label + ", " + name + ": page", TaskBoard.LINE_COLUMNS + TaskBoard.FROM + where + BY_DUE, parameters);
    }

    /**
     * Times the whole dashboard of the unit as its officer opens it, through {@link FollowUpDashboard#get}: the
     * current view and one year, each five grouped queries over the subtree.
     */
    private void measureDashboard(String label, Actor officer, long unitId) {
        for (Period period : List.of(Period.current(), Period.year(LocalDate.now().getYear()))) {
            LongSupplier dashboard = () -> this.dashboard.get(officer, unitId, period).total().total();
            report(label, period.kind() == PeriodKind.CURRENT ? "current" : "year", dashboard.getAsLong(), dashboard);
        }
    }

    private void explain(String label, String sql, List<Object> parameters) throws SQLException {
        StringBuilder plan = new StringBuilder("\nEXPLAIN ANALYZE: ").append(label).append('\n');
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, "EXPLAIN (ANALYZE, BUFFERS) " + sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plan.append("  ").append(rows.getString(1)).append('\n');
            }
        }
        plans.add(plan.toString());
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static void report(String label, String filter, long total, LongSupplier run) {
        long[] micros = Timing.microseconds(WARM_UP, RUNS, run);
        System.out.printf("%-31s %-8s %7d %11d %8d%n", label, filter, total, Timing.median(micros), Timing.p95(micros));
    }
}
