package vn.trienkhai.modules.culture.indicator;

import vn.trienkhai.core.text.VietnameseText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** A percentage as Vietnamese write it, one decimal at most: "86,5%"; a missing one is "—". */
public final class Percent {

    private Percent() {
    }

    public static String of(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(VietnameseText.LOCALE));
        return format.format(value.setScale(1, RoundingMode.HALF_UP)) + "%";
    }
}
