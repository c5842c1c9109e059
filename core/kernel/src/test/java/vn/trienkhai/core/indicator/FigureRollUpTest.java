package vn.trienkhai.core.indicator;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.ParsedTarget;
import vn.trienkhai.core.document.parsing.TargetUnit;
import vn.trienkhai.core.indicator.IndicatorModel.Achievement;
import vn.trienkhai.core.indicator.IndicatorModel.AchievementStatus;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.MissingUnit;
import vn.trienkhai.core.indicator.IndicatorModel.RollUp;
import vn.trienkhai.core.indicator.IndicatorModel.SeriesPoint;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.SubUnitRollUp;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.IndicatorRequests.TargetRequest;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.MergeUnitsRequest;
import vn.trienkhai.core.unit.UnitRestructuring;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Roll-ups computed from the figures of a subtree: ratios of sums, missing units, merged units, achievement (DD004). */
@MicronautTest(transactional = false)
class FigureRollUpTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject UnitRestructuring restructuring;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject IndicatorCatalogue catalogue;
    @Inject FigureEntry entry;
    @Inject FigureRollUp rollUp;
    @Inject IndicatorTargets targets;
    @Inject DocumentImport importer;

    private TestOrganisation org;
    private Actor admin;
    private Indicator households;
    private Indicator sessions;
    private Unit silentCommune;

    @BeforeAll
    void figures() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        silentCommune = units.create(admin, new CreateUnitRequest(org.districtB.id(), UnitKind.COMMUNE, "XB2", "Xã B Hai", TestOrganisation.START));
        households = catalogue.define(admin, IndicatorFiguresTest.ratio("VH01"));
        sessions = catalogue.define(admin, new IndicatorRequest("TT01", "Số buổi tuyên truyền", ValueType.COUNT, Aggregation.SUM, null, null,
                Set.of(PeriodKind.QUARTER), Set.of(UnitKind.COMMUNE), Source.MANUAL, null, true, null));
        // 90 of 100 households in commune A (90%), 1 of 10 in commune B (10%): 91/110 = 82.73%, where the average is 50%
        save(new FigureInput(1, households.id(), org.communeA.id(), Period.year(2024), null, new BigDecimal("90"), new BigDecimal("100"), null),
                new FigureInput(2, households.id(), org.communeB.id(), Period.year(2024), null, BigDecimal.ONE, BigDecimal.TEN, null));
    }

    @Test
    void aRatioIsTheSumOfNumeratorsOverTheSumOfDenominatorsNotTheAverageOfPercentages() {
        RollUp province = rollUp.rollUp(admin, households.id(), org.organisation.rootUnitId(), Period.year(2024), false);
        assertEquals(new BigDecimal("82.73"), province.value());
        assertEquals(0, new BigDecimal("91").compareTo(province.numerator()));
        assertEquals(0, new BigDecimal("110").compareTo(province.denominator()));
        assertEquals(2, province.reported());
        // a series over years in which the tree did not change reads the tree once
        List<SeriesPoint> years = rollUp.series(admin, households.id(), org.organisation.rootUnitId(), Period.year(2023), Period.year(2024));
        assertNull(years.getFirst().value());
        assertEquals(new BigDecimal("82.73"), years.get(1).value());
    }

    @Test
    void unitsWithoutAFigureAreMissingNotZero() {
        RollUp province = rollUp.rollUp(admin, households.id(), org.organisation.rootUnitId(), Period.year(2024), true);
        assertEquals(1, province.missing());
        assertEquals(List.of(new MissingUnit(silentCommune.id(), "XB2", "Xã B Hai")), province.missingUnits());
        RollUp districtB = rollUp.rollUp(admin, households.id(), org.districtB.id(), Period.year(2024), false);
        assertEquals(new BigDecimal("10.00"), districtB.value());
        assertEquals(1, districtB.missing());
        RollUp nobody = rollUp.rollUp(admin, households.id(), silentCommune.id(), Period.year(2024), false);
        assertNull(nobody.value());
        assertEquals(1, nobody.missing());
        List<SubUnitRollUp> bySubUnit = rollUp.bySubUnit(admin, households.id(), org.organisation.rootUnitId(), Period.year(2024));
        assertEquals(List.of("Huyện ủy A", "Huyện ủy B"), bySubUnit.stream().map(SubUnitRollUp::name).toList());
        assertEquals(new BigDecimal("90.00"), bySubUnit.getFirst().rollUp().value());
        assertEquals(0, bySubUnit.getFirst().rollUp().missing());
        assertEquals(1, bySubUnit.get(1).rollUp().missing());
    }

    @Test
    void theFiguresOfMergedUnitsCountForTheirSuccessor() {
        Unit east = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.COMMUNE, "XD", "Xã Đông", TestOrganisation.START));
        Unit west = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.COMMUNE, "XT", "Xã Tây", TestOrganisation.START));
        save(new FigureInput(1, sessions.id(), east.id(), Period.quarter(2025, 1), new BigDecimal("3"), null, null, null),
                new FigureInput(2, sessions.id(), west.id(), Period.quarter(2025, 1), new BigDecimal("4"), null, null, null),
                new FigureInput(3, sessions.id(), east.id(), Period.quarter(2025, 2), new BigDecimal("5"), null, null, null));
        Unit merged = restructuring.merge(admin, new MergeUnitsRequest(List.of(east.id(), west.id()), org.districtA.id(), UnitKind.COMMUNE,
                "XDT", "Xã Đông Tây", LocalDate.of(2025, 7, 1)));
        save(new FigureInput(1, sessions.id(), merged.id(), Period.quarter(2025, 3), new BigDecimal("10"), null, null, null));

        RollUp successor = rollUp.rollUp(admin, sessions.id(), merged.id(), Period.year(2025), true);
        assertEquals(0, new BigDecimal("22").compareTo(successor.value()));
        assertEquals(0, successor.missing());
        RollUp district = rollUp.rollUp(admin, sessions.id(), org.districtA.id(), Period.year(2025), true);
        assertEquals(0, new BigDecimal("22").compareTo(district.value()));
        // commune A and the other communes reported nothing in 2025; the merged ones are not missing, their successor carries them
        assertEquals(List.of("Xã A"), district.missingUnits().stream().map(MissingUnit::name).toList());
        SubUnitRollUp carried = rollUp.bySubUnit(admin, sessions.id(), org.districtA.id(), Period.year(2025)).stream()
                .filter(child -> child.unitId() == merged.id()).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("22").compareTo(carried.rollUp().value()));
        // the year is made of the quarters (the indicator is collected quarterly only)
        // each quarter is read in the tree of its own last day: the first two in the old communes, the third in the new one
        List<SeriesPoint> series = rollUp.series(admin, sessions.id(), org.districtA.id(), Period.quarter(2025, 1), Period.quarter(2025, 4));
        assertEquals(List.of("7", "5", "10"), series.subList(0, 3).stream().map(point -> point.value().stripTrailingZeros().toPlainString()).toList());
        assertNull(series.get(3).value());
        assertEquals(List.of(2, 1, 1, 0), series.stream().map(SeriesPoint::reported).toList());
    }

    @Test
    void aTargetIsMeasuredAgainstItsLine() {
        Target target = targets.save(admin, null, new TargetRequest(households.id(), org.organisation.rootUnitId(), 2025, new BigDecimal("88"),
                2020, new BigDecimal("70"), List.of(), null));
        Achievement achievement = targets.achievement(admin, target.id(), 2024);
        // 82.73% in 2024 against a line expecting 84.4%: short by 1.67, within a tenth of the 18-point gap
        assertEquals(AchievementStatus.AT_RISK, achievement.status());
        assertEquals(0, new BigDecimal("84.4").compareTo(achievement.expected()));
        assertEquals(AchievementStatus.OFF_TRACK, targets.achievement(admin, target.id(), 2023).status());
    }

    @Test
    void aPlansTargetIsAttachedToAnIndicator() {
        ImportDraft draft = new ImportDraft("20-KH/HU", 20, DocumentKind.KH, "HU", LocalDate.of(2021, 3, 1), "A", "Kế hoạch văn hóa",
                List.of(), List.of(), List.of(), List.of(),
                List.of(new ParsedTarget("90% hộ gia đình đạt chuẩn văn hóa", new BigDecimal("90"), TargetUnit.PERCENT, 2025)), List.of(), List.of(), null);
        Document plan = importer.save(admin, new SaveImportRequest(draft, null, org.districtA.id(), Map.of()));
        long planTargetId = targets.planTargets(admin, plan.id()).getFirst().id();
        Target target = targets.attachPlanTarget(admin, planTargetId, households.id());
        assertEquals(org.districtA.id(), target.unitId());
        assertEquals(2025, target.year());
        assertEquals(planTargetId, target.planTargetId());
        assertEquals(households.id(), targets.planTargets(admin, plan.id()).getFirst().indicatorId());
        assertEquals(AchievementStatus.ACHIEVED, targets.achievement(admin, target.id(), 2024).status());
    }

    private void save(FigureInput... inputs) {
        entry.save(admin, new FigureBatch(new ArrayList<>(List.of(inputs)), Source.MANUAL));
    }
}
