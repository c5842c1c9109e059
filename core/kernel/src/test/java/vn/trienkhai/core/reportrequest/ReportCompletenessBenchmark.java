package vn.trienkhai.core.reportrequest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Timeliness;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.IssueRequest;
import vn.trienkhai.core.task.TaskProvince;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestDatabase;
import vn.trienkhai.core.testing.Timing;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The completeness of a request that asks every party cell of the 19,566-unit province (18,000 submissions, about
 * two thirds sent, a tenth of those late), through the services as the screens call them: issuing it, the province's
 * and a district's counts with their rows per sub-unit, the first page of the missing ones, the list of requests.
 *
 * <pre>./mvnw -q -pl core/kernel test-compile exec:java@benchmark -Dbenchmark=vn.trienkhai.core.reportrequest.ReportCompletenessBenchmark</pre>
 */
public final class ReportCompletenessBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    public static void main(String[] args) throws SQLException {
        Map<String, Object> properties = new HashMap<>(TestDatabase.postgres());
        properties.put("trienkhai.demo-data", "false");
        properties.put("trienkhai.follow-up.enabled", "false");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            Organisation province = context.getBean(OrganisationService.class)
                    .create(Actor.installation(), "benchreport", "Tỉnh ủy", UnitKind.COMMITTEE, "TU", LocalDate.of(2020, 1, 1));
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            TaskProvince.Unit root = TaskProvince.buildUnits(dataSource, province.id(), province.rootUnitId());
            Actor admin = TestActors.administrator(province);
            UnitService units = context.getBean(UnitService.class);
            ReportRequests requests = context.getBean(ReportRequests.class);
            ReportCompleteness completeness = context.getBean(ReportCompleteness.class);

            long started = System.nanoTime();
            ReportRequest request = requests.issue(admin, new IssueRequest("Báo cáo 6 tháng đầu năm 2026", root.id(), Period.halfYear(2026, 1),
                    null, Set.of(UnitKind.CELL), List.of("Kết quả thực hiện"), LocalDate.of(2026, 7, 15)));
            System.out.printf("issued to every cell in %,d ms%n", (System.nanoTime() - started) / 1_000_000);
            answer(dataSource, request.id());

            TaskProvince.Unit district = root.children().get(root.children().size() / 2);
            Actor provinceOfficer = TestActors.at(units.get(admin, root.id()), Role.OFFICER);
            Actor districtOfficer = TestActors.at(units.get(admin, district.id()), Role.OFFICER);
            System.out.println("call                                        asked   median µs   p95 µs");
            report("completeness, the province", () -> completeness.get(provinceOfficer, request.id(), null).total().expected());
            report("completeness, a district (its officer)", () -> completeness.get(districtOfficer, request.id(), null).total().expected());
            report("missing, first page, the province", () -> completeness.submissions(provinceOfficer, request.id(), null,
                    Timeliness.MISSING, null, Pageable.from(0, 50)).getTotalSize());
            report("requests issued, the province", () -> requests.issued(provinceOfficer, Pageable.from(0, 20)).getTotalSize());
        }
    }

    /** Two thirds of the cells send, one in ten of them after the due date. */
    private static void answer(DataSource dataSource, long requestId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE report_submission SET status = 'SUBMITTED', submitted_by = 'bench',"
                    + " first_submitted_at = CASE WHEN id % 30 = 0 THEN TIMESTAMP WITH TIME ZONE '2026-07-20 08:00:00+07'"
                    + " ELSE TIMESTAMP WITH TIME ZONE '2026-07-10 08:00:00+07' END, submitted_at = first_submitted_at"
                    + " WHERE request_id = " + requestId + " AND id % 3 <> 0");
            statement.executeUpdate("UPDATE report_submission SET submitted_at = first_submitted_at WHERE request_id = " + requestId);
        }
    }

    private static void report(String label, LongSupplier run) {
        long result = run.getAsLong();
        long[] micros = Timing.microseconds(WARM_UP, RUNS, run);
        System.out.printf("%-42s %7d %11d %8d%n", label, result, Timing.median(micros), Timing.p95(micros));
    }
}
