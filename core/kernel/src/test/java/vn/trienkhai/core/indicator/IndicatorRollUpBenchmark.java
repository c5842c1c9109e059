package vn.trienkhai.core.indicator;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.task.TaskProvince;
import vn.trienkhai.core.testing.CsvCopy;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestDatabase;
import vn.trienkhai.core.testing.Timing;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Prints how long the roll-ups take on the province of {@link TaskProvince} (19,566 units) holding about 5,000,000
 * figures: 13 indicators (one a ratio) for each of its 1,500 communes and 18,000 villages over the 20 quarters of
 * 2021–2025 ({@code -Dfigures.indicators=} changes the count). Through the services: the ratio's series over the
 * 20 quarters and one quarter's roll-up (with the missing units' count) for the province and for a district, and the
 * province by district; beside each series, one hand-written SQL query over the same rows (the floor: no history,
 * no successions, no missing units) and the ratio of the two. Not a test: nothing is asserted.
 *
 * <pre>./mvnw -q -pl core/kernel test-compile exec:java@benchmark -Dbenchmark=vn.trienkhai.core.indicator.IndicatorRollUpBenchmark</pre>
 */
public final class IndicatorRollUpBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;
    private static final int CHUNK = 500_000;
    private static final Period FIRST = Period.quarter(2021, 1);
    private static final Period LAST = Period.quarter(2025, 4);
    private static final String FLOOR = "SELECT f.period_start, sum(f.numerator), sum(f.denominator), count(*) FROM figure f"
            + " JOIN unit u ON u.id = f.unit_id WHERE f.indicator_id = ? AND f.period_kind = 'QUARTER' AND f.period_start BETWEEN ? AND ?"
            + " AND u.path LIKE ? GROUP BY f.period_start";

    private final FigureRollUp rollUp;
    private final DataSource dataSource;
    private final Actor admin;

    private IndicatorRollUpBenchmark(FigureRollUp rollUp, DataSource dataSource, Actor admin) {
        this.rollUp = rollUp;
        this.dataSource = dataSource;
        this.admin = admin;
    }

    public static void main(String[] args) throws SQLException {
        Map<String, Object> properties = new HashMap<>(TestDatabase.postgres());
        properties.put("trienkhai.demo-data", "false");
        properties.put("trienkhai.follow-up.enabled", "false");
        int indicatorCount = Integer.getInteger("figures.indicators", 13);
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            Organisation province = context.getBean(OrganisationService.class)
                    .create(Actor.installation(), "benchfig", "Tỉnh ủy", UnitKind.COMMITTEE, "TU", LocalDate.of(2020, 1, 1));
            Actor admin = TestActors.administrator(province);
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            TaskProvince.Unit root = TaskProvince.buildUnits(dataSource, province.id(), province.rootUnitId());
            List<Indicator> indicators = indicators(context.getBean(IndicatorCatalogue.class), admin, indicatorCount);
            long started = System.nanoTime();
            long written = figures(dataSource, province.id(), root, indicators);
            System.out.printf("Built %,d figures in %,d ms%n", written, (System.nanoTime() - started) / 1_000_000);
            new IndicatorRollUpBenchmark(context.getBean(FigureRollUp.class), dataSource, admin).measure(root, indicators.getFirst());
        }
    }

    private void measure(TaskProvince.Unit root, Indicator ratio) {
        TaskProvince.Unit district = root.children().get(root.children().size() / 2);
        System.out.println("roll-up of the ratio                         service median µs   p95 µs   floor median µs   ratio");
        series("province, 20 quarters", ratio, root);
        series("district, 20 quarters", ratio, district);
        single("province, Quý IV/2025 with missing count", () -> rollUp.rollUp(admin, ratio.id(), root.id(), LAST, false).reported());
        single("district, Quý IV/2025 with missing count", () -> rollUp.rollUp(admin, ratio.id(), district.id(), LAST, false).reported());
        single("province by district, Quý IV/2025", () -> rollUp.bySubUnit(admin, ratio.id(), root.id(), LAST).size());
        single("province, Năm 2025 from its quarters", () -> rollUp.rollUp(admin, ratio.id(), root.id(), Period.year(2025), false).reported());
        System.out.println(rollUp.rollUp(admin, ratio.id(), root.id(), LAST, false));
    }

    private void series(String label, Indicator ratio, TaskProvince.Unit unit) {
        long[] service = Timing.microseconds(WARM_UP, RUNS, () -> rollUp.series(admin, ratio.id(), unit.id(), FIRST, LAST).size());
        long[] floor = Timing.microseconds(WARM_UP, RUNS, () -> floor(ratio.id(), unit.path()));
        System.out.printf("%-45s %,18d %,8d %,17d %7.2f%n", label, Timing.median(service), Timing.p95(service), Timing.median(floor),
                (double) Timing.median(service) / Timing.median(floor));
    }

    private static void single(String label, LongSupplier call) {
        long[] micros = Timing.microseconds(WARM_UP, RUNS, call);
        System.out.printf("%-45s %,18d %,8d%n", label, Timing.median(micros), Timing.p95(micros));
    }

    private long floor(long indicatorId, String path) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(FLOOR)) {
            statement.setLong(1, indicatorId);
            statement.setObject(2, FIRST.start());
            statement.setObject(3, LAST.start());
            statement.setString(4, UnitPath.subtreePattern(path));
            long rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Indicator> indicators(IndicatorCatalogue catalogue, Actor admin, int count) {
        List<Indicator> indicators = new ArrayList<>();
        Set<UnitKind> kinds = Set.of(UnitKind.COMMUNE, UnitKind.CELL);
        indicators.add(catalogue.define(admin, new IndicatorRequest("VH01", "Tỷ lệ hộ gia đình đạt chuẩn văn hóa", ValueType.PERCENTAGE,
                Aggregation.RATIO_OF_SUMS, "Số hộ đạt chuẩn", "Tổng số hộ", Set.of(PeriodKind.QUARTER), kinds, Source.MANUAL, null, true, null)));
        for (int i = 1; i < count; i++) {
            indicators.add(catalogue.define(admin, new IndicatorRequest("SL" + i, "Số lượng " + i, ValueType.COUNT, Aggregation.SUM, null, null,
                    Set.of(PeriodKind.QUARTER), kinds, Source.MANUAL, null, true, null)));
        }
        return indicators;
    }

    /** Every indicator's figure for every commune and village and every quarter, written with COPY in chunks. */
    private static long figures(DataSource dataSource, long organisationId, TaskProvince.Unit root, List<Indicator> indicators)
            throws SQLException {
        Random random = new Random(9);
        Instant now = Instant.now();
        CsvCopy rows = new CsvCopy("figure", "organisation_id, indicator_id, unit_id, period_kind, period_start, period_end, figure_value,"
                + " numerator, denominator, source, updated_by, updated_at, version");
        List<Long> units = new ArrayList<>();
        for (TaskProvince.Unit district : root.children()) {
            for (TaskProvince.Unit commune : district.children()) {
                units.add(commune.id());
                commune.children().forEach(village -> units.add(village.id()));
            }
        }
        long written = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (Period quarter = FIRST; quarter.compareTo(LAST) <= 0; quarter = quarter.next()) {
                for (Indicator indicator : indicators) {
                    for (long unit : units) {
                        if (indicator.isRatio()) {
                            int households = 50 + random.nextInt(450);
                            int cultural = households * (60 + random.nextInt(36)) / 100;
                            rows.row(organisationId, indicator.id(), unit, "QUARTER", quarter.start(), quarter.end(),
                                    FigureValues.percent(BigDecimal.valueOf(cultural), BigDecimal.valueOf(households)),
                                    cultural, households, "MANUAL", "benchmark", now, 0);
                        } else {
                            rows.row(organisationId, indicator.id(), unit, "QUARTER", quarter.start(), quarter.end(), random.nextInt(40),
                                    null, null, "MANUAL", "benchmark", now, 0);
                        }
                        if (rows.count() - written >= CHUNK) {
                            written = rows.count();
                            rows.write(connection);
                        }
                    }
                }
            }
            rows.write(connection);
            connection.commit();
            // VACUUM runs outside a transaction; it sets the visibility map that lets the roll-up read the index only
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE figure");
                statement.execute("ANALYZE unit_history");
                statement.execute("ANALYZE unit");
            }
        }
        return rows.count();
    }
}
