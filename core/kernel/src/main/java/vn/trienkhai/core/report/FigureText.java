package vn.trienkhai.core.report;

import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.text.VietnameseText;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** A figure as a Vietnamese report writes it: "82,4%", "1.250", "12.500.000 đồng", "Có". */
final class FigureText {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(VietnameseText.LOCALE);

    private FigureText() {
    }

    static String of(ValueType type, BigDecimal value) {
        return switch (type) {
            case PERCENTAGE -> format("#,##0.#", value) + "%";
            case COUNT -> format("#,##0.##", value);
            case MONEY -> format("#,##0", value) + " đồng";
            case YES_NO -> value.signum() == 0 ? "Không" : "Có";
        };
    }

    /** DecimalFormat is not thread-safe: one per call, which is cheap beside the report's queries. */
    private static String format(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, SYMBOLS).format(value);
    }
}
