package vn.trienkhai.modules.culture.indicator;

import jakarta.inject.Singleton;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorSource;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.modules.culture.CultureModule;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.School;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageSurvey;
import vn.trienkhai.modules.culture.survey.SurveyFacts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One indicator for each culture target of plan 102-KH/HU (seed 002), all ratios of sums computed from the survey: a
 * village counts for the village targets (its households, or 1 of 1 when it has the title, the house, …) and a commune for
 * the commune targets, so that a district's percentage is Σ numerators / Σ denominators of its villages or communes,
 * never an average of percentages.
 */
@Singleton
public final class CultureIndicators implements IndicatorSource {

    public static final String HOUSEHOLDS = "culture.households";
    public static final String VILLAGES = "culture.villages";
    public static final String VILLAGE_HOUSES = "culture.village-houses";
    public static final String VILLAGE_HOUSES_STANDARD = "culture.village-houses-standard";
    public static final String ART_TROUPES = "culture.art-troupes";
    public static final String LOUDSPEAKERS = "culture.loudspeakers";
    public static final String COMMUNE_HOUSES = "culture.commune-houses";
    public static final String COMMUNE_HOUSES_STANDARD = "culture.commune-houses-standard";
    public static final String RADIO_STATIONS = "culture.radio-stations";
    public static final String HERITAGE_CLUBS = "culture.heritage-clubs";
    public static final String AGENCIES = "culture.agencies";
    public static final String SCHOOL_CLUBS = "culture.school-clubs";
    public static final String PARTY_HISTORIES = "culture.party-histories";

    private static final String VILLAGE_COUNT = "Tổng số thôn, bản";
    private static final String COMMUNE_COUNT = "Tổng số xã, thị trấn";
    private static final List<Definition> DEFINITIONS = List.of(
            ratio(HOUSEHOLDS, "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "Số hộ đạt tiêu chuẩn văn hóa", "Tổng số hộ", UnitKind.VILLAGE),
            ratio(VILLAGES, "Tỷ lệ thôn, bản đạt tiêu chuẩn văn hóa", "Số thôn, bản đạt chuẩn", VILLAGE_COUNT, UnitKind.VILLAGE),
            ratio(VILLAGE_HOUSES, "Tỷ lệ thôn, bản có nhà văn hóa", "Số thôn, bản có nhà văn hóa", VILLAGE_COUNT, UnitKind.VILLAGE),
            ratio(VILLAGE_HOUSES_STANDARD, "Tỷ lệ thôn, bản có nhà văn hóa đạt chuẩn", "Số nhà văn hóa thôn, bản đạt chuẩn",
                    VILLAGE_COUNT, UnitKind.VILLAGE),
            ratio(ART_TROUPES, "Tỷ lệ bản có đội văn nghệ hoạt động thường xuyên", "Số bản có đội văn nghệ", VILLAGE_COUNT,
                    UnitKind.VILLAGE),
            ratio(LOUDSPEAKERS, "Tỷ lệ thôn, bản có cụm loa truyền thanh hoạt động ổn định", "Số thôn, bản có cụm loa hoạt động",
                    VILLAGE_COUNT, UnitKind.VILLAGE),
            ratio(COMMUNE_HOUSES, "Tỷ lệ xã, thị trấn có nhà văn hóa", "Số xã, thị trấn có nhà văn hóa", COMMUNE_COUNT, UnitKind.COMMUNE),
            ratio(COMMUNE_HOUSES_STANDARD, "Tỷ lệ xã, thị trấn có nhà văn hóa đạt chuẩn", "Số nhà văn hóa xã đạt chuẩn", COMMUNE_COUNT,
                    UnitKind.COMMUNE),
            ratio(RADIO_STATIONS, "Tỷ lệ xã, thị trấn duy trì trạm truyền thanh hoạt động hiệu quả", "Số xã có trạm truyền thanh hoạt động",
                    COMMUNE_COUNT, UnitKind.COMMUNE),
            ratio(HERITAGE_CLUBS, "Tỷ lệ xã, thị trấn có câu lạc bộ bảo tồn di sản văn hóa, văn nghệ dân gian", "Số xã có câu lạc bộ",
                    COMMUNE_COUNT, UnitKind.COMMUNE),
            ratio(AGENCIES, "Tỷ lệ cơ quan, đơn vị, doanh nghiệp đạt tiêu chuẩn văn hóa", "Số cơ quan, đơn vị đạt chuẩn",
                    "Tổng số cơ quan, đơn vị, doanh nghiệp", UnitKind.COMMUNE),
            ratio(SCHOOL_CLUBS, "Tỷ lệ trường phổ thông có câu lạc bộ bảo tồn bản sắc văn hóa dân tộc", "Số trường có câu lạc bộ",
                    "Tổng số trường", UnitKind.COMMUNE),
            ratio(PARTY_HISTORIES, "Tỷ lệ đảng bộ xã, thị trấn đã biên soạn, phát hành lịch sử đảng bộ", "Số xã đã có lịch sử đảng bộ",
                    COMMUNE_COUNT, UnitKind.COMMUNE));

    /** The codes in the plan's order, for lists. */
    static final List<String> CODES = DEFINITIONS.stream().map(Definition::code).toList();

    private final SurveyFacts facts;

    CultureIndicators(SurveyFacts facts) {
        this.facts = facts;
    }

    @Override
    public String moduleId() {
        return CultureModule.ID;
    }

    @Override
    public List<Definition> indicators() {
        return DEFINITIONS;
    }

    @Override
    public List<Computed> compute(long organisationId, String code, Period period) {
        if (period.kind() != PeriodKind.YEAR) {
            return List.of();
        }
        int year = period.year();
        return switch (code) {
            case HOUSEHOLDS -> facts.villages(organisationId, year).stream().filter(village -> village.households() > 0)
                    .map(village -> Computed.ratio(village.villageId(), BigDecimal.valueOf(village.culturalHouseholds()),
                            BigDecimal.valueOf(village.households()))).toList();
            case VILLAGES -> villages(organisationId, year, VillageSurvey::culturalTitle);
            case VILLAGE_HOUSES -> villages(organisationId, year, VillageSurvey::hasHouse);
            case VILLAGE_HOUSES_STANDARD -> villages(organisationId, year, VillageSurvey::houseStandard);
            case ART_TROUPES -> villages(organisationId, year, VillageSurvey::artTroupe);
            case LOUDSPEAKERS -> villages(organisationId, year, VillageSurvey::loudspeakers);
            case COMMUNE_HOUSES -> communes(organisationId, year, CommuneSurvey::hasHouse);
            case COMMUNE_HOUSES_STANDARD -> communes(organisationId, year, CommuneSurvey::houseStandard);
            case RADIO_STATIONS -> communes(organisationId, year, CommuneSurvey::radioStation);
            case HERITAGE_CLUBS -> communes(organisationId, year, commune -> commune.heritageClubs() > 0);
            case PARTY_HISTORIES -> communes(organisationId, year, CommuneSurvey::partyHistory);
            case AGENCIES -> facts.communes(organisationId, year).stream().filter(commune -> commune.agencies() > 0)
                    .map(commune -> Computed.ratio(commune.communeId(), BigDecimal.valueOf(commune.culturalAgencies()),
                            BigDecimal.valueOf(commune.agencies()))).toList();
            case SCHOOL_CLUBS -> schoolClubs(organisationId);
            default -> List.of();
        };
    }

    /** 1 of 1 for a village that has it, 0 of 1 for one that has not. */
    private List<Computed> villages(long organisationId, int year, Predicate<VillageSurvey> has) {
        return facts.villages(organisationId, year).stream().map(village -> Computed.ratio(village.villageId(),
                has.test(village) ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE)).toList();
    }

    private List<Computed> communes(long organisationId, int year, Predicate<CommuneSurvey> has) {
        return facts.communes(organisationId, year).stream().map(commune -> Computed.ratio(commune.communeId(),
                has.test(commune) ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE)).toList();
    }

    /** The schools are kept as they are now, not per year: every year's figure is today's count of clubs per commune. */
    private List<Computed> schoolClubs(long organisationId) {
        Map<Long, List<School>> byCommune = facts.schools(organisationId).stream().collect(Collectors.groupingBy(School::communeId));
        return byCommune.entrySet().stream().map(entry -> Computed.ratio(entry.getKey(),
                BigDecimal.valueOf(entry.getValue().stream().filter(School::clubActive).count()),
                BigDecimal.valueOf(entry.getValue().size()))).toList();
    }

    private static Definition ratio(String code, String name, String numerator, String denominator, UnitKind kind) {
        return new Definition(code, name, ValueType.PERCENTAGE, Aggregation.RATIO_OF_SUMS, numerator, denominator,
                Set.of(PeriodKind.YEAR), Set.of(kind));
    }
}
