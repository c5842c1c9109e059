package vn.trienkhai.modules.ideology;

import jakarta.inject.Singleton;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorSource;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionStatus;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioStatus;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.BriefingRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.IncidentRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.OpinionReportRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRepositories.RadioPointRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.BriefingRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.IncidentRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.OpinionReportRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.RadioPointRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The module's indicators (DD004), computed from its records. The radio and the open hot spots are states, not
 * flows: a refresh writes the state of the day into the period asked, so they are followed by the year (radio) or
 * kept as the latest (hot spots). The reports received are counted by their date inside the period.
 */
@Singleton
public final class IdeologyIndicators implements IndicatorSource {

    public static final String RADIO_STATIONS = IdeologyModule.ID + ".radio-stations";
    public static final String VILLAGE_LOUDSPEAKERS = IdeologyModule.ID + ".village-loudspeakers";
    public static final String OPEN_HOT_SPOTS = IdeologyModule.ID + ".open-hot-spots";
    public static final String OPINION_REPORTS = IdeologyModule.ID + ".opinion-reports";
    public static final String INCIDENTS_HANDLED = IdeologyModule.ID + ".incidents-handled";
    public static final String BRIEFING_MONTHS = IdeologyModule.ID + ".briefing-months";

    private final RadioPointRepository points;
    private final OpinionReportRepository reports;
    private final IncidentRepository incidents;
    private final BriefingRepository briefings;

    IdeologyIndicators(RadioPointRepository points, OpinionReportRepository reports, IncidentRepository incidents,
                       BriefingRepository briefings) {
        this.points = points;
        this.reports = reports;
        this.incidents = incidents;
        this.briefings = briefings;
    }

    @Override
    public String moduleId() {
        return IdeologyModule.ID;
    }

    @Override
    public List<Definition> indicators() {
        Set<UnitKind> anyUnit = EnumSet.allOf(UnitKind.class);
        return List.of(
                new Definition(RADIO_STATIONS, "Tỷ lệ xã, thị trấn có trạm truyền thanh hoạt động", ValueType.PERCENTAGE,
                        Aggregation.RATIO_OF_SUMS, "Số xã có trạm hoạt động", "Số xã", Set.of(PeriodKind.YEAR), Set.of(UnitKind.COMMUNE)),
                new Definition(VILLAGE_LOUDSPEAKERS, "Tỷ lệ thôn, bản có cụm loa truyền thanh hoạt động", ValueType.PERCENTAGE,
                        Aggregation.RATIO_OF_SUMS, "Số thôn, bản có cụm loa hoạt động", "Số thôn, bản", Set.of(PeriodKind.YEAR),
                        Set.of(UnitKind.COMMUNE)),
                new Definition(OPEN_HOT_SPOTS, "Số điểm nóng dư luận đang theo dõi", ValueType.COUNT, Aggregation.LATEST, null, null,
                        Set.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR), anyUnit),
                new Definition(OPINION_REPORTS, "Số báo cáo dư luận xã hội nhận được", ValueType.COUNT, Aggregation.SUM, null, null,
                        Set.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR), anyUnit),
                new Definition(INCIDENTS_HANDLED, "Số vụ thông tin xấu độc đã xử lý", ValueType.COUNT, Aggregation.SUM, null, null,
                        Set.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR), anyUnit),
                new Definition(BRIEFING_MONTHS, "Số tháng tổ chức hội nghị báo cáo viên", ValueType.COUNT, Aggregation.SUM, null, null,
                        Set.of(PeriodKind.QUARTER, PeriodKind.YEAR), anyUnit));
    }

    @Override
    public List<Computed> compute(long organisationId, String code, Period period) {
        return switch (code) {
            case RADIO_STATIONS -> radio(organisationId, RadioKind.STATION);
            case VILLAGE_LOUDSPEAKERS -> radio(organisationId, RadioKind.CLUSTER);
            case OPEN_HOT_SPOTS -> counts(organisationId, row -> row.hotSpot() && row.status().equals(OpinionStatus.OPEN.name()));
            case OPINION_REPORTS -> counts(organisationId, row -> within(row.reportDate(), period));
            case INCIDENTS_HANDLED -> perUnit(incidents.latestFirst(organisationId), IncidentRow::unitId,
                    row -> row.handledOn() != null && within(row.handledOn(), period));
            case BRIEFING_MONTHS -> briefingMonths(organisationId, period);
            default -> List.of();
        };
    }

    /** Per commune: its points of {@code kind} that work, over all of them. */
    private List<Computed> radio(long organisationId, RadioKind kind) {
        Map<Long, List<RadioPointRow>> byCommune = points.findByOrganisationId(organisationId).stream()
                .filter(row -> row.kind().equals(kind.name()))
                .collect(Collectors.groupingBy(RadioPointRow::communeId, TreeMap::new, Collectors.toList()));
        return byCommune.entrySet().stream().map(entry -> Computed.ratio(entry.getKey(),
                BigDecimal.valueOf(entry.getValue().stream().filter(row -> row.status().equals(RadioStatus.WORKING.name())).count()),
                BigDecimal.valueOf(entry.getValue().size()))).toList();
    }

    /**
     * Per unit that ever held a briefing conference: the months of the period in which it held one. A unit whose only
     * conference of the period was moved out of it gets a zero, for the reason {@link #perUnit} gives.
     */
    private List<Computed> briefingMonths(long organisationId, Period period) {
        Map<Long, Long> byUnit = briefings.latestFirst(organisationId).stream().collect(Collectors.groupingBy(BriefingRow::unitId,
                TreeMap::new, Collectors.filtering(row -> within(row.heldOn(), period),
                        Collectors.mapping(row -> row.heldOn().getMonthValue(), Collectors.collectingAndThen(Collectors.toSet(),
                                months -> (long) months.size())))));
        return values(byUnit);
    }

    /**
     * Per unit that has any report: how many are {@code counted}. A unit with none counted gets a zero, because a refresh
     * replaces only the figures it writes and the count of a hot spot closed since must not stay.
     */
    private List<Computed> counts(long organisationId, Predicate<OpinionReportRow> counted) {
        return perUnit(reports.latestFirst(organisationId), OpinionReportRow::unitId, counted);
    }

    private static <R> List<Computed> perUnit(List<R> rows, ToLongFunction<R> unit, Predicate<R> counted) {
        Map<Long, Long> byUnit = rows.stream().collect(Collectors.groupingBy(row -> unit.applyAsLong(row), TreeMap::new,
                Collectors.filtering(counted, Collectors.counting())));
        return values(byUnit);
    }

    private static List<Computed> values(Map<Long, Long> byUnit) {
        return byUnit.entrySet().stream().map(entry -> Computed.value(entry.getKey(), BigDecimal.valueOf(entry.getValue()))).toList();
    }

    private static boolean within(LocalDate date, Period period) {
        return !date.isBefore(period.start()) && !date.isAfter(period.end());
    }
}
