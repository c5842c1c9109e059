package vn.trienkhai.modules.theory;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorSource;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.modules.theory.TheoryModel.CourseLevel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The module's indicators, computed per party body (committee, commune, party organisation) from the records: the
 * share of party members who studied at the year's sessions, of leading cadres updated, the party bodies with a "làm
 * theo" plan, and the graduates of the classes. A record of a unit that is not a party body (a village, a department)
 * counts for the nearest party body above it: a village's session is its commune's.
 */
@Singleton
public class TheoryIndicators implements IndicatorSource {

    public static final String MEMBERS_STUDIED = TheoryModule.ID + ".members-studied";
    public static final String LEADING_CADRES_UPDATED = TheoryModule.ID + ".leading-cadres-updated";
    public static final String FOLLOW_PLANS = TheoryModule.ID + ".follow-plans";
    public static final String GRADUATES = TheoryModule.ID + ".graduates";

    private final Sql sql;

    TheoryIndicators(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String moduleId() {
        return TheoryModule.ID;
    }

    @Override
    public List<Definition> indicators() {
        Set<UnitKind> bodies = TheoryAccess.PARTY_BODIES;
        return List.of(
                new Definition(MEMBERS_STUDIED, "Tỷ lệ đảng viên được học tập, quán triệt nghị quyết, chỉ thị", ValueType.PERCENTAGE,
                        Aggregation.RATIO_OF_SUMS, "Lượt đảng viên dự học tập, quán triệt", "Lượt đảng viên phải dự",
                        Set.of(PeriodKind.YEAR), bodies),
                new Definition(LEADING_CADRES_UPDATED, "Tỷ lệ cán bộ lãnh đạo, quản lý được bồi dưỡng, cập nhật kiến thức",
                        ValueType.PERCENTAGE, Aggregation.RATIO_OF_SUMS, "Số cán bộ được bồi dưỡng, cập nhật",
                        "Số cán bộ lãnh đạo, quản lý phải bồi dưỡng", Set.of(PeriodKind.YEAR), bodies),
                new Definition(FOLLOW_PLANS, "Tỷ lệ tổ chức đảng có kế hoạch làm theo chuyên đề năm", ValueType.PERCENTAGE,
                        Aggregation.RATIO_OF_SUMS, "Số tổ chức đảng đã đăng ký kế hoạch", "Số tổ chức đảng", Set.of(PeriodKind.YEAR), bodies),
                new Definition(GRADUATES, "Số học viên tốt nghiệp các lớp lý luận chính trị", ValueType.COUNT, Aggregation.SUM, null, null,
                        Set.of(PeriodKind.QUARTER, PeriodKind.YEAR), bodies));
    }

    @Override
    @ReadOnly
    public List<Computed> compute(long organisationId, String code, Period period) {
        return switch (code) {
            case MEMBERS_STUDIED -> ratios(organisationId, """
                    SELECT unit_id, members_present, members_expected FROM theory_session
                    WHERE organisation_id = ? AND held_on BETWEEN ? AND ?""", period);
            case LEADING_CADRES_UPDATED -> ratios(organisationId, """
                    SELECT l.unit_id, l.graduated, l.enrolled FROM theory_class_learners l JOIN theory_class c ON c.id = l.class_id
                    WHERE c.organisation_id = ? AND c.ends_on BETWEEN ? AND ? AND c.level = '%s'""".formatted(CourseLevel.KNOWLEDGE_UPDATE),
                    period);
            case FOLLOW_PLANS -> followPlans(organisationId, period);
            case GRADUATES -> graduates(organisationId, period);
            default -> List.of();
        };
    }

    /** Per party body, the sums of the rows' two figures (a unit id, a numerator, a denominator) of its subtree's nearest. */
    private List<Computed> ratios(long organisationId, String query, Period period) {
        Map<Long, Long> bodyOf = nearestBodies(organisationId);
        Map<Long, long[]> sums = new TreeMap<>();
        for (long[] row : sql.list(query, List.of(organisationId, period.start(), period.end()),
                result -> new long[] {result.getLong(1), result.getLong(2), result.getLong(3)})) {
            Long body = bodyOf.get(row[0]);
            if (body != null) {
                long[] sum = sums.computeIfAbsent(body, id -> new long[2]);
                sum[0] += row[1];
                sum[1] += row[2];
            }
        }
        return sums.entrySet().stream().filter(entry -> entry.getValue()[1] > 0).map(entry -> Computed.ratio(entry.getKey(),
                BigDecimal.valueOf(entry.getValue()[0]), BigDecimal.valueOf(entry.getValue()[1]))).toList();
    }

    /** Every party body of the organisation: one of one with a plan for the year, none of one without. */
    private List<Computed> followPlans(long organisationId, Period period) {
        List<Long> planned = sql.list("SELECT unit_id FROM theory_follow_plan WHERE organisation_id = ? AND for_year = ?",
                List.of(organisationId, period.year()), row -> row.getLong(1));
        return nearestBodies(organisationId).entrySet().stream().filter(entry -> entry.getKey().equals(entry.getValue()))
                .map(entry -> Computed.ratio(entry.getKey(), planned.contains(entry.getKey()) ? BigDecimal.ONE : BigDecimal.ZERO,
                        BigDecimal.ONE)).toList();
    }

    /** Per party body that sent learners to any class: its graduates of the classes ending in the period. */
    private List<Computed> graduates(long organisationId, Period period) {
        Map<Long, Long> bodyOf = nearestBodies(organisationId);
        Map<Long, Long> sums = new TreeMap<>();
        for (long[] row : sql.list("""
                SELECT l.unit_id, CASE WHEN c.ends_on BETWEEN ? AND ? THEN l.graduated ELSE 0 END FROM theory_class_learners l
                JOIN theory_class c ON c.id = l.class_id WHERE c.organisation_id = ?""", List.of(period.start(), period.end(), organisationId),
                result -> new long[] {result.getLong(1), result.getLong(2)})) {
            Long body = bodyOf.get(row[0]);
            if (body != null) {
                sums.merge(body, row[1], Long::sum);
            }
        }
        // zeros included: a refresh replaces only the figures it writes, and a class moved out of the period must not stay
        return sums.entrySet().stream().map(entry -> Computed.value(entry.getKey(), BigDecimal.valueOf(entry.getValue()))).toList();
    }

    /** For each unit of the organisation, the nearest party body at or above it; units with none above are left out. */
    private Map<Long, Long> nearestBodies(long organisationId) {
        Map<Long, UnitLink> units = new HashMap<>();
        sql.list("SELECT id, parent_id, kind FROM unit WHERE organisation_id = ?", List.of(organisationId),
                row -> new UnitLink(row.getLong(1), Sql.nullableLong(row, "parent_id"),
                        TheoryAccess.PARTY_BODIES.contains(UnitKind.valueOf(row.getString(3))))).forEach(unit -> units.put(unit.id(), unit));
        Map<Long, Long> nearest = new HashMap<>();
        for (UnitLink unit : units.values()) {
            UnitLink current = unit;
            while (current != null && !current.partyBody()) {
                current = current.parentId() == null ? null : units.get(current.parentId());
            }
            if (current != null) {
                nearest.put(unit.id(), current.id());
            }
        }
        return nearest;
    }

    private record UnitLink(long id, Long parentId, boolean partyBody) {
    }
}
