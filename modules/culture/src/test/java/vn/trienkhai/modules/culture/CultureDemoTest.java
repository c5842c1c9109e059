package vn.trienkhai.modules.culture;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.AchievementStatus;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.culture.indicator.CultureIndicators;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageSurvey;
import vn.trienkhai.modules.culture.survey.SurveyFacts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's Tam Đường: villages with four years of surveys, and its culture targets partly on track, partly not. */
@MicronautTest(transactional = false)
class CultureDemoTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject IndicatorCatalogue catalogue;
    @Inject IndicatorTargets targets;
    @Inject FigureRollUp rollUp;
    @Inject SurveyFacts facts;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.demo-data", "true");
    }

    @Test
    void theDistrictsPercentagesFollowFromItsVillagesAndSomeTargetsAreMet() {
        Organisation laiChau = organisations.findByCode("laichau").orElseThrow();
        Actor system = Actor.system(laiChau.id(), laiChau.rootUnitId(), UnitPath.root(laiChau.rootUnitId()));
        Unit district = units.tree(system, false).stream().filter(unit -> unit.name().equals("Huyện ủy Tam Đường")).findFirst().orElseThrow();
        assertEquals(40, units.subtree(system, district.id()).stream().filter(unit -> unit.kind() == UnitKind.VILLAGE).count());

        List<VillageSurvey> villages = facts.villages(laiChau.id(), 2024);
        BigDecimal expected = BigDecimal.valueOf(villages.stream().mapToInt(VillageSurvey::culturalHouseholds).sum() * 100L)
                .divide(BigDecimal.valueOf(villages.stream().mapToInt(VillageSurvey::households).sum()), new MathContext(10));
        Indicator households = indicator(system, CultureIndicators.HOUSEHOLDS);
        assertEquals(expected.setScale(2, RoundingMode.HALF_UP),
                rollUp.rollUp(system, households.id(), district.id(), Period.year(2024), false).value().setScale(2, RoundingMode.HALF_UP));

        Set<AchievementStatus> onTrack = Set.of(AchievementStatus.ACHIEVED, AchievementStatus.ON_TRACK);
        assertTrue(onTrack.contains(status(system, CultureIndicators.HOUSEHOLDS)));
        assertTrue(onTrack.contains(status(system, CultureIndicators.PARTY_HISTORIES)));
        assertTrue(!onTrack.contains(status(system, CultureIndicators.HERITAGE_CLUBS)));
        assertTrue(!onTrack.contains(status(system, CultureIndicators.COMMUNE_HOUSES_STANDARD)));
    }

    private AchievementStatus status(Actor system, String code) {
        Target target = targets.targets(system, indicator(system, code).id()).getFirst();
        return targets.achievement(system, target.id(), 2024).status();
    }

    private Indicator indicator(Actor system, String code) {
        return catalogue.list(system).stream().filter(indicator -> indicator.code().equals(code)).findFirst().orElseThrow();
    }
}
