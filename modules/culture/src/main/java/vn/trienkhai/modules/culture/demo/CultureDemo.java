package vn.trienkhai.modules.culture.demo;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.demo.DemoDataContributor;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Milestone;
import vn.trienkhai.core.indicator.IndicatorRequests.TargetRequest;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.culture.CultureModule;
import vn.trienkhai.modules.culture.indicator.CultureFigures;
import vn.trienkhai.modules.culture.survey.CultureRequests.CommuneSurveyRequest;
import vn.trienkhai.modules.culture.survey.CultureRequests.SchoolRequest;
import vn.trienkhai.modules.culture.survey.CultureRequests.VillageSurveyRequest;
import vn.trienkhai.modules.culture.survey.CultureSchools;
import vn.trienkhai.modules.culture.survey.CultureSurveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tam Đường's cultural survey for 2021–2024 and the culture targets of its plan 102-KH/HU (seed 002) to 2025 with
 * yearly milestones. The core's demo tree stops at the communes, so this adds four villages to each (units of kind
 * VILLAGE, through the unit service, like an administrator would): the targets are about villages and a village's survey
 * is a unit's figure. The figures are deterministic and chosen so that in 2024 some targets are on track (households,
 * standard village houses, agencies, party histories) and some not (cultural villages, standard commune houses, heritage
 * clubs, school clubs).
 */
@Singleton
final class CultureDemo implements DemoDataContributor {

    private static final String ORGANISATION = "laichau";
    private static final String DISTRICT = "Huyện ủy Tam Đường";
    private static final LocalDate SINCE = LocalDate.of(2020, 10, 1);
    private static final List<Integer> YEARS = List.of(2021, 2022, 2023, 2024);
    private static final int TARGET_YEAR = 2025;

    /** The communes in the order the figures below use, each with four villages. */
    private static final List<Map.Entry<String, List<String>>> VILLAGES = List.of(
            Map.entry("Xã Giang Ma", List.of("Bản Giang Ma", "Bản Xin Chải", "Bản Sì Thâu Chải", "Bản Nhiều Sáng")),
            Map.entry("Xã Tả Lèng", List.of("Bản Tả Lèng", "Bản Lùng Thàng", "Bản Phìn Chải", "Bản Hồ Giáng")),
            Map.entry("Xã Nùng Nàng", List.of("Bản Nùng Nàng", "Bản Cư Nhà La", "Bản Lao Chải", "Bản Chu Va")),
            Map.entry("Xã Thèn Sin", List.of("Bản Thèn Sin", "Bản Sin Câu", "Bản Mào Phô", "Bản Lở Thàng")),
            Map.entry("Xã Bản Giang", List.of("Bản Cò Lọt", "Bản Nà Cơ", "Bản Coóc Phương", "Bản Tẩn Phìn")),
            Map.entry("Xã Bản Bo", List.of("Bản Nà Bỏ", "Bản Nà Khum", "Bản Nà Đon", "Bản Phiêng Phát")),
            Map.entry("Xã Bình Lư", List.of("Bản Bình Lư", "Bản Nà Luông", "Bản Sử Thàng", "Bản Lì Khai")),
            Map.entry("Xã Bản Hon", List.of("Bản Hon", "Bản Thẩm Phé", "Bản Lồng Thàng", "Bản Nà Hum")),
            Map.entry("Xã Hồ Thầu", List.of("Bản Hồ Thầu", "Bản Hua Bó", "Bản Tả Chải", "Bản Sàng Ma Sao")),
            Map.entry("Thị trấn Tam Đường", List.of("Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 3", "Bản Hoa Vân")));
    /** Seed 002 names these for the heritage clubs (khèn Mông, pí kèo, xòe Thái, múa Lụ); they start one a year from three. */
    private static final List<String> CLUB_COMMUNES = List.of("Xã Giang Ma", "Xã Tả Lèng", "Xã Bản Bo", "Xã Nùng Nàng", "Xã Bình Lư",
            "Thị trấn Tam Đường", "Xã Thèn Sin", "Xã Bản Giang", "Xã Bản Hon");
    private static final List<String> ART_FORMS = List.of("Khèn Mông", "Pí kèo", "Xòe Thái", "Múa Lụ");
    /** The party histories: Bình Lư before the plan, then the plan's three (seed 002, 2.6). */
    private static final Map<String, Integer> PARTY_HISTORIES = Map.of("Xã Bình Lư", 2021, "Thị trấn Tam Đường", 2022,
            "Xã Tả Lèng", 2023, "Xã Hồ Thầu", 2024);
    /** The six schools seed 002 names, the commune each is in, and whether its club is running by now. */
    private static final List<School> SCHOOLS = List.of(
            new School("Trường Tiểu học Nùng Nàng", "Xã Nùng Nàng", "Câu lạc bộ khèn Mông"),
            new School("Trường Tiểu học Bản Bo", "Xã Bản Bo", "Câu lạc bộ xòe Thái"),
            new School("Trường Tiểu học và THCS Bản Hon", "Xã Bản Hon", "Câu lạc bộ múa Lụ"),
            new School("Trường THCS Nùng Nàng", "Xã Nùng Nàng", "Câu lạc bộ dân ca Mông"),
            new School("Trường THCS Hồ Thầu", "Xã Hồ Thầu", null),
            new School("Trường Phổ thông Dân tộc nội trú huyện", "Thị trấn Tam Đường", "Câu lạc bộ văn hóa các dân tộc"));
    /** Seed 002's goals to 2025 (II.1, (2)–(5)) and the demo's milestones for 2022–2024. */
    private static final List<Goal> GOALS = List.of(
            new Goal("culture.households", "88", "82", "84", "86"),
            new Goal("culture.villages", "91", "80", "84", "88"),
            new Goal("culture.village-houses", "100", "90", "94", "98"),
            new Goal("culture.village-houses-standard", "60", "45", "50", "55"),
            new Goal("culture.art-troupes", "91", "85", "87", "89"),
            new Goal("culture.loudspeakers", "100", "92", "96", "98"),
            new Goal("culture.commune-houses", "100", "90", "100", "100"),
            new Goal("culture.commune-houses-standard", "84.6", "60", "70", "80"),
            new Goal("culture.radio-stations", "100", "100", "100", "100"),
            new Goal("culture.heritage-clubs", "69", "40", "50", "66"),
            new Goal("culture.agencies", "98", "94", "95", "96"),
            new Goal("culture.school-clubs", "100", "85", "90", "100"),
            new Goal("culture.party-histories", "40", "20", "30", "40"));

    private final UnitService units;
    private final CultureSurveys surveys;
    private final CultureSchools schools;
    private final CultureFigures figures;
    private final IndicatorCatalogue catalogue;
    private final IndicatorTargets targets;
    private final FigureRollUp rollUp;

    CultureDemo(UnitService units, CultureSurveys surveys, CultureSchools schools, CultureFigures figures, IndicatorCatalogue catalogue,
                IndicatorTargets targets, FigureRollUp rollUp) {
        this.units = units;
        this.surveys = surveys;
        this.schools = schools;
        this.figures = figures;
        this.catalogue = catalogue;
        this.targets = targets;
        this.rollUp = rollUp;
    }

    @Override
    public String moduleId() {
        return CultureModule.ID;
    }

    @Override
    public void seed(List<Organisation> demoOrganisations) {
        Optional<Organisation> laiChau = demoOrganisations.stream().filter(organisation -> organisation.code().equals(ORGANISATION)).findFirst();
        if (laiChau.isEmpty()) {
            return;
        }
        Organisation organisation = laiChau.get();
        Actor system = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
        List<Unit> tree = units.tree(system, false);
        Optional<Unit> district = tree.stream().filter(unit -> unit.name().equals(DISTRICT)).findFirst();
        if (district.isEmpty() || tree.stream().anyMatch(unit -> unit.kind() == UnitKind.VILLAGE)) {
            return;
        }
        for (int c = 0; c < VILLAGES.size(); c++) {
            String communeName = VILLAGES.get(c).getKey();
            Optional<Unit> commune = tree.stream().filter(unit -> unit.kind() == UnitKind.COMMUNE && unit.name().equals(communeName)
                    && district.get().id() == unit.parentId()).findFirst();
            if (commune.isPresent()) {
                survey(system, c, commune.get(), villages(system, commune.get(), VILLAGES.get(c).getValue()));
            }
        }
        for (School school : SCHOOLS) {
            tree.stream().filter(unit -> unit.kind() == UnitKind.COMMUNE && unit.name().equals(school.commune())).findFirst()
                    .ifPresent(commune -> schools.save(system, null, new SchoolRequest(commune.id(), school.name(), school.club(),
                            school.club() != null, null)));
        }
        figures.refreshAll(organisation.id(), YEARS);
        goals(system, district.get());
    }

    private List<Unit> villages(Actor system, Unit commune, List<String> names) {
        List<Unit> created = new ArrayList<>();
        for (int v = 0; v < names.size(); v++) {
            created.add(units.create(system, new CreateUnitRequest(commune.id(), UnitKind.VILLAGE, commune.code() + "-B" + (v + 1),
                    names.get(v), SINCE)));
        }
        return created;
    }

    /** The commune's and its villages' surveys of each year, a little better each year. */
    private void survey(Actor system, int c, Unit commune, List<Unit> villages) {
        for (int year : YEARS) {
            int t = year - YEARS.getFirst();
            List<VillageSurveyRequest> rows = new ArrayList<>();
            for (int v = 0; v < villages.size(); v++) {
                int n = (c * 4 + v) % 20;
                int households = 45 + (c * 7 + v * 13) % 60;
                int cultural = households * (79 + 3 * t + (c + v) % 4) / 100;
                rows.add(new VillageSurveyRequest(villages.get(v).id(), year, households, cultural, (c * 4 + v) % 10 < 5 + t,
                        n < 16 + t, n < 8 + 2 * t, n < 15 + t, n < 17 + t, null));
            }
            int club = CLUB_COMMUNES.indexOf(commune.name());
            boolean hasClub = club >= 0 && club < 3 + t;
            int agencies = 8 + c % 5;
            int cultural = agencies - (t < 3 || c % 4 == 0 ? 1 : 0);
            boolean history = PARTY_HISTORIES.getOrDefault(commune.name(), Integer.MAX_VALUE) <= year;
            surveys.saveYear(system, commune.id(), year, new CommuneSurveyRequest(commune.id(), year, c < 8 + t, c < 4 + t,
                    c < 9 || t >= 2, hasClub ? 1 + club % 2 : 0, hasClub ? ART_FORMS.get(club % ART_FORMS.size()) : null, agencies, cultural,
                    history, null), rows);
        }
    }

    /** The district's target for 2025 of each indicator, its 2021 figure as the baseline and the milestones between. */
    private void goals(Actor system, Unit district) {
        List<Indicator> indicators = catalogue.list(system);
        for (Goal goal : GOALS) {
            indicators.stream().filter(indicator -> indicator.code().equals(goal.code())).findFirst().ifPresent(indicator -> {
                BigDecimal baseline = rollUp.rollUp(system, indicator.id(), district.id(), Period.year(YEARS.getFirst()), false).value();
                targets.save(system, null, new TargetRequest(indicator.id(), district.id(), TARGET_YEAR, new BigDecimal(goal.target()),
                        baseline == null ? null : YEARS.getFirst(), baseline == null ? null : baseline.setScale(1, RoundingMode.HALF_UP),
                        List.of(new Milestone(2022, new BigDecimal(goal.in2022())), new Milestone(2023, new BigDecimal(goal.in2023())),
                                new Milestone(2024, new BigDecimal(goal.in2024()))), null));
            });
        }
    }

    private record School(String name, String commune, String club) {
    }

    private record Goal(String code, String target, String in2022, String in2023, String in2024) {
    }
}
