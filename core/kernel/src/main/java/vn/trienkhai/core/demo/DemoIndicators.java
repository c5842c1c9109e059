package vn.trienkhai.core.demo;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Milestone;
import vn.trienkhai.core.indicator.IndicatorModel.PlanTarget;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.document.parsing.TargetUnit;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.DataSetRequest;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.IndicatorRequests.TargetRequest;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The percentage targets of Tam Đường's plan 102-KH/HU (seed 002) as ratio indicators, each attached to the plan's target, and
 * the yearly survey of cultural households in its communes for 2022–2024, so that the target "88% hộ gia đình đạt
 * tiêu chuẩn văn hóa" has a value, a line and a status on a first start. The last commune has not reported 2024: it
 * shows as missing, not as zero. The households, villages and offices goals and a count of cultural houses make the data
 * set {@link #SURVEY}, the form the communes fill in. Deterministic, through the indicator services.
 */
@Singleton
class DemoIndicators {

    private static final String HOUSEHOLDS = "hộ gia đình";
    private static final String PARTY_HISTORIES = "lịch sử đảng bộ";
    /** The communes with a written party history and the year it was written (2021: before the plan). */
    private static final Map<String, Integer> PARTY_HISTORY_YEARS = Map.of("Bình Lư", 2021, "Thị trấn Tam Đường", 2022,
            "Tả Lèng", 2023, "Hồ Thầu", 2024);
    /** The data set the communes fill in once a year: the entry form's first example. */
    static final String SURVEY = "Khảo sát gia đình, thôn bản, cơ quan văn hóa hằng năm";
    private static final int SURVEYED_RATIOS = 3;
    /** "88% " or "98% trở lên " at the start of a target's text. */
    private static final Pattern LEADING_PERCENT = Pattern.compile("^[\\d,.]+%( trở lên)?\\s*");

    private final IndicatorCatalogue catalogue;
    private final IndicatorTargets targets;
    private final FigureEntry entry;
    private final UnitService units;

    DemoIndicators(IndicatorCatalogue catalogue, IndicatorTargets targets, FigureEntry entry, UnitService units) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.entry = entry;
        this.units = units;
    }

    void record(Organisation organisation, Document plan) {
        Actor system = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
        int number = 0;
        List<Indicator> survey = new ArrayList<>();
        for (PlanTarget target : targets.planTargets(system, plan.id())) {
            if (target.unit() != TargetUnit.PERCENT || target.year() == null) {
                continue;
            }
            boolean households = target.text().contains(HOUSEHOLDS);
            String name = households ? "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa" : "Tỷ lệ " + LEADING_PERCENT.matcher(target.text()).replaceFirst("");
            Indicator indicator = catalogue.define(system, new IndicatorRequest("VH" + String.format("%02d", ++number), name(name),
                    ValueType.PERCENTAGE, Aggregation.RATIO_OF_SUMS, households ? "Số hộ đạt tiêu chuẩn văn hóa" : "Số đạt",
                    households ? "Tổng số hộ" : "Tổng số", Set.of(PeriodKind.YEAR), Set.of(UnitKind.COMMUNE), Source.MANUAL,
                    null, true, null));
            Target attached = targets.attachPlanTarget(system, target.id(), indicator.id());
            if (households && plan.issuingUnitId() != null) {
                survey(system, indicator, plan.issuingUnitId());
                withBaseline(system, attached);
            }
            if (target.text().contains(PARTY_HISTORIES) && plan.issuingUnitId() != null) {
                partyHistories(system, indicator, attached, plan.issuingUnitId());
            }
            // the households and the two goals the plan states in the same sentence (villages, offices) make one survey
            if (households || !survey.isEmpty() && survey.size() < SURVEYED_RATIOS) {
                survey.add(indicator);
            }
        }
        if (!survey.isEmpty()) {
            survey.add(culturalHouses(system, plan.issuingUnitId()));
            catalogue.saveDataSet(system, null, new DataSetRequest(SURVEY, survey.stream().map(Indicator::id).toList(), null));
        }
    }

    /** The plan's households goal starts from the 2020 survey, so that its line and status read as the district's do. */
    private void withBaseline(Actor system, Target target) {
        targets.save(system, target.id(), new TargetRequest(target.indicatorId(), target.unitId(), target.year(), target.value(),
                2020, new BigDecimal("74"), List.of(), target.version()));
    }

    /**
     * Seed 002 names the communes that write their party history, one a year: "năm 2022: Thị trấn Tam Đường; năm 2023:
     * xã Tả Lèng; năm 2024: xã Hồ Thầu", on top of Bình Lư, which had one. The target gets those years as milestones
     * (the share of the demo's ten communes) and each commune a yes (1 of 1) or no (0 of 1) per year.
     */
    private void partyHistories(Actor system, Indicator indicator, Target target, long districtId) {
        List<Unit> communes = communes(system, districtId);
        List<FigureInput> figures = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        for (int year = 2022; year <= 2024; year++) {
            int written = 0;
            for (Unit commune : communes) {
                int asOf = year;
                boolean done = PARTY_HISTORY_YEARS.entrySet().stream()
                        .anyMatch(entry -> commune.name().endsWith(entry.getKey()) && entry.getValue() <= asOf);
                written += done ? 1 : 0;
                figures.add(new FigureInput(figures.size() + 1, indicator.id(), commune.id(), Period.year(year), null,
                        done ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE, null));
            }
            milestones.add(new Milestone(year, BigDecimal.valueOf(100L * written / communes.size())));
        }
        entry.save(system, new FigureBatch(figures, Source.MANUAL));
        targets.save(system, target.id(), new TargetRequest(target.indicatorId(), target.unitId(), target.year(), target.value(),
                2021, BigDecimal.valueOf(100L / communes.size()), milestones, target.version()));
    }

    /** A count beside the ratios, so that the survey's form has a whole-number field: each commune's cultural houses. */
    private Indicator culturalHouses(Actor system, Long districtId) {
        Indicator houses = catalogue.define(system, new IndicatorRequest("NVH01", "Số nhà văn hóa thôn, bản", ValueType.COUNT,
                Aggregation.LATEST, null, null, Set.of(PeriodKind.YEAR), Set.of(UnitKind.COMMUNE), Source.MANUAL, null, true, null));
        if (districtId != null) {
            List<Unit> communes = communes(system, districtId);
            List<FigureInput> figures = new ArrayList<>();
            for (int year = 2022; year <= 2024; year++) {
                for (int i = 0; i < communes.size() - 1; i++) {
                    figures.add(new FigureInput(figures.size() + 1, houses.id(), communes.get(i).id(), Period.year(year),
                            BigDecimal.valueOf(6 + i % 5 + (year - 2022)), null, null, null));
                }
            }
            entry.save(system, new FigureBatch(figures, Source.MANUAL));
        }
        return houses;
    }

    /** Cultural households over households per commune, a little better each year. */
    private void survey(Actor system, Indicator indicator, long districtId) {
        List<Unit> communes = communes(system, districtId);
        List<FigureInput> figures = new ArrayList<>();
        for (int year = 2022; year <= 2024; year++) {
            for (int i = 0; i < communes.size(); i++) {
                if (year == 2024 && i == communes.size() - 1) {
                    continue;
                }
                int households = 420 + 37 * i;
                int cultural = households * (76 + i % 7 + 2 * (year - 2022)) / 100;
                figures.add(new FigureInput(figures.size() + 1, indicator.id(), communes.get(i).id(), Period.year(year), null,
                        BigDecimal.valueOf(cultural), BigDecimal.valueOf(households), null));
            }
        }
        entry.save(system, new FigureBatch(figures, Source.MANUAL));
    }

    private List<Unit> communes(Actor system, long districtId) {
        return units.subtree(system, districtId).stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).toList();
    }

    private static String name(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
