package vn.trienkhai.core.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Achievement;
import vn.trienkhai.core.indicator.IndicatorModel.AchievementStatus;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Milestone;
import vn.trienkhai.core.indicator.IndicatorModel.RollUp;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.testing.PostgresTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's first start shows Tam Đường's culture targets as indicators with figures, a missing commune and a status. */
@MicronautTest(transactional = false)
class DemoIndicatorsTest extends PostgresTest {

    @Inject Authenticator authenticator;
    @Inject IndicatorCatalogue catalogue;
    @Inject IndicatorTargets targets;
    @Inject FigureRollUp rollUp;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.demo-data", "true");
    }

    @Test
    void theHouseholdsTargetHasItsFiguresAndAStatus() {
        Actor leader = authenticator.signIn("tamduong.lanhdao", DemoAccounts.PASSWORD, "test");
        List<Indicator> indicators = catalogue.list(leader);
        assertTrue(indicators.size() >= 10, indicators.toString());
        Indicator households = indicators.stream().filter(indicator -> indicator.name().contains("hộ gia đình")).findFirst().orElseThrow();
        Target target = targets.targets(leader, households.id()).getFirst();
        assertEquals(0, new BigDecimal("88").compareTo(target.value()));
        assertEquals(2025, target.year());
        RollUp year2024 = rollUp.rollUp(leader, households.id(), target.unitId(), Period.year(2024), true);
        assertNotNull(year2024.value());
        assertEquals(1, year2024.missing());
        Achievement achievement = targets.achievement(leader, target.id(), 2024);
        assertNotNull(achievement.status());
        assertEquals(year2024.value(), achievement.value());
    }

    @Test
    void thePartyHistoriesTargetHasTheSeedsYearlyMilestonesAndMeetsThem() {
        Actor leader = authenticator.signIn("tamduong.lanhdao", DemoAccounts.PASSWORD, "test");
        Indicator histories = catalogue.list(leader).stream().filter(indicator -> indicator.name().contains("lịch sử đảng bộ"))
                .findFirst().orElseThrow();
        Target target = targets.targets(leader, histories.id()).getFirst();
        assertEquals(List.of(2022, 2023, 2024), target.milestones().stream().map(Milestone::year).toList());
        // Bình Lư before the plan, then Thị trấn Tam Đường, Tả Lèng and Hồ Thầu: 4 of the demo's 10 communes in 2024
        RollUp year2024 = rollUp.rollUp(leader, histories.id(), target.unitId(), Period.year(2024), true);
        assertEquals(0, new BigDecimal("40").compareTo(year2024.value()), year2024.toString());
        assertEquals(AchievementStatus.ACHIEVED, targets.achievement(leader, target.id(), 2024).status());
    }
}
