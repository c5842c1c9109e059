package vn.trienkhai.core.indicator;

import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The value rules of one figure, by the indicator's type: a ratio is a numerator and a denominator (numerator at most
 * the denominator, which is positive), a percentage lies in 0–100, a count and a sum of money are whole and not
 * negative, yes/no is 0 or 1. Errors are named {@code <prefix>value}, {@code <prefix>numerator}, ….
 */
final class FigureValues {

    static final int SCALE = 4;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LIMIT = new BigDecimal("1e15");

    /** The checked values: for a ratio the percentage beside its parts. */
    record Checked(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    private FigureValues() {
    }

    /** The figure's values, or null when one of them is refused (the errors say why). */
    static Checked check(Indicator indicator, FigureInput input, FieldErrors errors, String prefix) {
        if (indicator.isRatio()) {
            BigDecimal numerator = amount(errors, prefix + "numerator", input.numerator(), "figure.numerator");
            BigDecimal denominator = amount(errors, prefix + "denominator", input.denominator(), "figure.denominator");
            if (numerator == null || denominator == null) {
                return null;
            }
            if (denominator.signum() == 0) {
                errors.add(prefix + "denominator", "figure.denominator.zero");
                return null;
            }
            if (numerator.compareTo(denominator) > 0) {
                errors.add(prefix + "numerator", "figure.numerator.above-denominator", plain(numerator), plain(denominator));
                return null;
            }
            return new Checked(percent(numerator, denominator), numerator, denominator);
        }
        BigDecimal value = amount(errors, prefix + "value", input.value(), "figure.value");
        if (value == null) {
            return null;
        }
        boolean valid = switch (indicator.valueType()) {
            case PERCENTAGE -> value.compareTo(HUNDRED) <= 0 || fail(errors, prefix, "figure.value.percentage");
            case COUNT -> isWhole(value) || fail(errors, prefix, "figure.value.count-whole");
            case MONEY -> isWhole(value) || fail(errors, prefix, "figure.value.money-whole");
            case YES_NO -> value.compareTo(BigDecimal.ONE) <= 0 && isWhole(value) || fail(errors, prefix, "figure.value.yes-no");
        };
        return valid ? new Checked(value, null, null) : null;
    }

    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /** A number that is given, not negative and of at most {@link #SCALE} decimals. */
    private static BigDecimal amount(FieldErrors errors, String field, BigDecimal value, String key) {
        if (value == null) {
            errors.add(field, key + ".required");
            return null;
        }
        if (value.signum() < 0) {
            errors.add(field, key + ".negative");
            return null;
        }
        if (value.compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > SCALE) {
            errors.add(field, "figure.value.too-precise");
            return null;
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean fail(FieldErrors errors, String prefix, String key) {
        errors.add(prefix + "value", key);
        return false;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
