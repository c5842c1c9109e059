package vn.trienkhai.core.indicator;

import vn.trienkhai.core.indicator.IndicatorModel.Achievement;
import vn.trienkhai.core.indicator.IndicatorModel.AchievementStatus;
import vn.trienkhai.core.indicator.IndicatorModel.Milestone;
import vn.trienkhai.core.indicator.IndicatorModel.Target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How far a target is in a year (DD004). The expected value of the year is its milestone, else the straight line
 * from the baseline to the target (the target itself from its year on, and when there is no baseline). A target
 * below its baseline (fewer poor households) is read the other way round. Then:
 * <ul>
 *   <li>ACHIEVED — the value reaches the target;</li>
 *   <li>ON_TRACK — it reaches the expected value;</li>
 *   <li>AT_RISK — it falls short of the expected value by at most a tenth of the whole gap from baseline to target
 *       (of the target itself without a baseline);</li>
 *   <li>OFF_TRACK — further short, or no figure at all (missing is never on track).</li>
 * </ul>
 */
final class AchievementRule {

    static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.1");

    private AchievementRule() {
    }

    static Achievement of(Target target, int year, BigDecimal value) {
        BigDecimal expected = expected(target, year);
        BigDecimal percent = value == null || target.value().signum() == 0 ? null
                : value.multiply(FigureValues.HUNDRED).divide(target.value(), 1, RoundingMode.HALF_UP);
        return new Achievement(target, year, value, expected, percent, status(target, value, expected));
    }

    static BigDecimal expected(Target target, int year) {
        for (Milestone milestone : target.milestones()) {
            if (milestone.year() == year) {
                return milestone.value();
            }
        }
        if (year >= target.year() || target.baselineValue() == null || target.baselineYear() == null
                || target.baselineYear() >= target.year()) {
            return target.value();
        }
        if (year <= target.baselineYear()) {
            return target.baselineValue();
        }
        BigDecimal share = BigDecimal.valueOf(year - target.baselineYear())
                .divide(BigDecimal.valueOf(target.year() - target.baselineYear()), MathContext.DECIMAL64);
        return target.baselineValue().add(target.value().subtract(target.baselineValue()).multiply(share))
                .setScale(FigureValues.SCALE, RoundingMode.HALF_UP);
    }

    private static AchievementStatus status(Target target, BigDecimal value, BigDecimal expected) {
        if (value == null) {
            return AchievementStatus.OFF_TRACK;
        }
        BigDecimal baseline = target.baselineValue();
        int direction = baseline != null && target.value().compareTo(baseline) < 0 ? -1 : 1;
        if (value.compareTo(target.value()) * direction >= 0) {
            return AchievementStatus.ACHIEVED;
        }
        if (value.compareTo(expected) * direction >= 0) {
            return AchievementStatus.ON_TRACK;
        }
        BigDecimal gap = (baseline == null ? target.value() : target.value().subtract(baseline)).abs();
        BigDecimal shortfall = expected.subtract(value).abs();
        return shortfall.compareTo(gap.multiply(AT_RISK_SHARE)) <= 0 ? AchievementStatus.AT_RISK : AchievementStatus.OFF_TRACK;
    }
}
