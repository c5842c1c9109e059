package vn.trienkhai.core.indicator;

import org.junit.jupiter.api.Test;
import vn.trienkhai.core.indicator.IndicatorModel.AchievementStatus;
import vn.trienkhai.core.indicator.IndicatorModel.Milestone;
import vn.trienkhai.core.indicator.IndicatorModel.Target;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The achievement rule of DD004 on a target of 88% by 2025 from 70% in 2020: the line expects 84.4% in 2024. */
class AchievementRuleTest {

    private static final Target CULTURAL = new Target(1, 1, 1, 2025, new BigDecimal("88"), 2020, new BigDecimal("70"), List.of(), null, 0);

    @Test
    void theStraightLineFromTheBaselineGivesTheExpectedValue() {
        assertEquals(0, new BigDecimal("84.4").compareTo(AchievementRule.expected(CULTURAL, 2024)));
        assertEquals(0, new BigDecimal("88").compareTo(AchievementRule.expected(CULTURAL, 2026)));
        Target withMilestone = new Target(1, 1, 1, 2025, new BigDecimal("88"), 2020, new BigDecimal("70"),
                List.of(new Milestone(2024, new BigDecimal("80"))), null, 0);
        assertEquals(0, new BigDecimal("80").compareTo(AchievementRule.expected(withMilestone, 2024)));
    }

    @Test
    void statusesFollowTheLineAndATenthOfTheGap() {
        // the gap is 18 points: at risk down to 84.4 - 1.8 = 82.6
        assertEquals(AchievementStatus.ACHIEVED, status(CULTURAL, 2024, "88"));
        assertEquals(AchievementStatus.ON_TRACK, status(CULTURAL, 2024, "84.4"));
        assertEquals(AchievementStatus.AT_RISK, status(CULTURAL, 2024, "82.6"));
        assertEquals(AchievementStatus.OFF_TRACK, status(CULTURAL, 2024, "82.5"));
        assertEquals(AchievementStatus.OFF_TRACK, status(CULTURAL, 2024, null));
    }

    @Test
    void aTargetBelowItsBaselineIsReadTheOtherWayRound() {
        Target poorHouseholds = new Target(1, 1, 1, 2025, new BigDecimal("2"), 2020, new BigDecimal("12"), List.of(), null, 0);
        // the line expects 4 in 2024; at risk up to 4 + 1
        assertEquals(AchievementStatus.ACHIEVED, status(poorHouseholds, 2024, "1.5"));
        assertEquals(AchievementStatus.ON_TRACK, status(poorHouseholds, 2024, "4"));
        assertEquals(AchievementStatus.AT_RISK, status(poorHouseholds, 2024, "5"));
        assertEquals(AchievementStatus.OFF_TRACK, status(poorHouseholds, 2024, "5.1"));
    }

    private static AchievementStatus status(Target target, int year, String value) {
        return AchievementRule.of(target, year, value == null ? null : new BigDecimal(value)).status();
    }
}
