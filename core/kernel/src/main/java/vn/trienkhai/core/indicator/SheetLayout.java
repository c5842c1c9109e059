package vn.trienkhai.core.indicator;

import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.unit.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in a figure sheet, shared by {@link SheetWriter} and {@link SheetReader}: a title block, a row of
 * machine-readable column keys ({@code VH01}, {@code VH01.tu}, {@code VH01.mau}), a row of labels, then one row per
 * unit; and a very hidden sheet naming the data set, unit and period and keeping each pre-filled figure's version.
 */
final class SheetLayout {

    static final String META_SHEET = "trienkhai";
    static final String MARKER = "trienkhai.figure-sheet";
    static final String FORMAT = "1";
    static final String UNIT_CODE = "ma_don_vi";
    static final String UNIT_NAME = "ten_don_vi";
    static final String NUMERATOR_SUFFIX = ".tu";
    static final String DENOMINATOR_SUFFIX = ".mau";
    /** 0-based rows of the data sheet. */
    static final int KEYS_ROW = 5;
    static final int LABELS_ROW = 6;
    static final int FIRST_DATA_ROW = 7;

    /** Which part of a figure a column holds. */
    enum Part {
        VALUE, NUMERATOR, DENOMINATOR
    }

    /** An indicator's column. */
    record Column(String key, Indicator indicator, Part part) {
    }

    /** A pre-filled figure as the template wrote it: what an upload compares with, and the version it sends. */
    record Stored(long unitId, long indicatorId, long version, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

        boolean sameValue(BigDecimal newValue) {
            return same(value, newValue);
        }

        boolean sameParts(BigDecimal newNumerator, BigDecimal newDenominator) {
            return same(numerator, newNumerator) && same(denominator, newDenominator);
        }

        private static boolean same(BigDecimal left, BigDecimal right) {
            return left == null ? right == null : right != null && left.compareTo(right) == 0;
        }
    }

    private SheetLayout() {
    }

    /** The indicators people fill in: typed in by hand and active, in the data set's order. */
    static List<Indicator> indicators(DataSet dataSet) {
        return dataSet.indicators().stream().filter(indicator -> indicator.isEnteredByHand() && indicator.active()).toList();
    }

    /** The indicator columns: one for a value, two (numerator, denominator) for a ratio. */
    static List<Column> columns(List<Indicator> indicators) {
        List<Column> columns = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (indicator.isRatio()) {
                columns.add(new Column(indicator.code() + NUMERATOR_SUFFIX, indicator, Part.NUMERATOR));
                columns.add(new Column(indicator.code() + DENOMINATOR_SUFFIX, indicator, Part.DENOMINATOR));
            } else {
                columns.add(new Column(indicator.code(), indicator, Part.VALUE));
            }
        }
        return columns;
    }

    /** The units of the subtree a sheet has rows for: existing during the period, of a kind some indicator applies to. */
    static List<Unit> units(List<Unit> subtree, List<Indicator> indicators, Period period) {
        return subtree.stream()
                .filter(unit -> !unit.validFrom().isAfter(period.end()) && (unit.validTo() == null || unit.validTo().isAfter(period.start())))
                .filter(unit -> indicators.stream().anyMatch(indicator -> indicator.unitKinds().contains(unit.kind())))
                .toList();
    }
}
