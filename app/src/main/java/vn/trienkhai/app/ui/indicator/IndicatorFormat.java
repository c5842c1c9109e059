package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.UI;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.text.VietnameseText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

/**
 * Values as Vietnamese offices write them: "85,3%", "1.250", "1.200.000 đ", "Có"; "—" when there is none. Stored
 * figures carry four decimals; only the ones that say something are written.
 */
final class IndicatorFormat {

    static final String NONE = "—";

    private IndicatorFormat() {
    }

    static String value(Indicator indicator, BigDecimal value) {
        return value(indicator.valueType(), value);
    }

    static String value(ValueType type, BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return switch (type) {
            case PERCENTAGE -> number(value.setScale(1, RoundingMode.HALF_UP)) + "%";
            case COUNT -> number(value.setScale(0, RoundingMode.HALF_UP));
            case MONEY -> number(value.setScale(0, RoundingMode.HALF_UP)) + " đ";
            case YES_NO -> t(value.signum() > 0 ? "indicators.yes" : "indicators.no");
        };
    }

    static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(VietnameseText.LOCALE);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
