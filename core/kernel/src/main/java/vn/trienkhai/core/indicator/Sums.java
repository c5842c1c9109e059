package vn.trienkhai.core.indicator;

import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the roll-up query adds up for one group of figures, in a form that combines with another group's: the sums,
 * the extremes and the number of units. The value is made from it at the end, so that a ratio divides the sums.
 */
record Sums(int units, BigDecimal total, BigDecimal numerator, BigDecimal denominator, BigDecimal min, BigDecimal max) {

    static final Sums NONE = new Sums(0, null, null, null, null, null);

    /**
     * The aggregate columns the queries select, for {@link #read}: only those the rule needs (adding up numerics is
     * most of a roll-up's time), the others NULL. A unit has one figure per period, so its figures are counted without
     * DISTINCT (a sort) unless several periods make the asked one.
     */
    static String columns(Aggregation aggregation, boolean severalPeriods) {
        String units = (severalPeriods ? "count(DISTINCT f.unit_id)" : "count(f.unit_id)") + " AS units";
        return units + switch (aggregation) {
            case SUM, LATEST -> ", sum(f.figure_value) AS total, NULL AS numerator, NULL AS denominator, NULL AS min_value, NULL AS max_value";
            case RATIO_OF_SUMS -> ", NULL AS total, sum(f.numerator) AS numerator, sum(f.denominator) AS denominator, NULL AS min_value,"
                    + " NULL AS max_value";
            case MIN -> ", NULL AS total, NULL AS numerator, NULL AS denominator, min(f.figure_value) AS min_value, NULL AS max_value";
            case MAX -> ", NULL AS total, NULL AS numerator, NULL AS denominator, NULL AS min_value, max(f.figure_value) AS max_value";
        };
    }

    static Sums read(ResultSet row) throws SQLException {
        return new Sums(row.getInt("units"), row.getBigDecimal("total"), row.getBigDecimal("numerator"), row.getBigDecimal("denominator"),
                row.getBigDecimal("min_value"), row.getBigDecimal("max_value"));
    }

    /** Both groups together; they never share a unit (a unit is in the tree on the date or carried, not both). */
    Sums plus(Sums other) {
        return new Sums(units + other.units, add(total, other.total), add(numerator, other.numerator), add(denominator, other.denominator),
                extreme(min, other.min, -1), extreme(max, other.max, 1));
    }

    BigDecimal value(Aggregation aggregation) {
        if (units == 0) {
            return null;
        }
        return switch (aggregation) {
            case SUM, LATEST -> total;
            case RATIO_OF_SUMS -> denominator == null || denominator.signum() == 0 ? null
                    : FigureValues.percent(numerator, denominator).setScale(2, RoundingMode.HALF_UP);
            case MIN -> min;
            case MAX -> max;
        };
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static BigDecimal extreme(BigDecimal a, BigDecimal b, int sign) {
        return a == null ? b : b == null ? a : a.compareTo(b) * sign >= 0 ? a : b;
    }
}
