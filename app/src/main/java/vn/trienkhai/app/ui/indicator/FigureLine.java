package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One indicator of the entry form: numerator and denominator with the percentage computed for a ratio, a number for a
 * count or an amount, Có/Không for a yes/no; the previous period's value beside it for reference. The fields carry the
 * names the service gives its errors ({@code numerator}, {@code denominator}, {@code value}).
 */
class FigureLine extends Div {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int row;
    private final Indicator indicator;
    private final Figure stored;
    private final BigDecimalField numerator = new BigDecimalField();
    private final BigDecimalField denominator = new BigDecimalField();
    private final BigDecimalField amount = new BigDecimalField();
    private final Select<Boolean> yesNo = new Select<>();
    private final Span percent = new Span();

    FigureLine(int row, Indicator indicator, Figure stored, Figure previous, boolean readOnly) {
        this.row = row;
        this.indicator = indicator;
        this.stored = stored;
        addClassName("tk-ind-line");
        getElement().setAttribute("data-indicator", indicator.code());
        Span name = new Span(indicator.code() + " · " + indicator.name());
        name.addClassName("tk-ind-line-name");
        Div inputs = new Div();
        inputs.addClassName("tk-ind-line-inputs");
        if (indicator.isRatio()) {
            numerator.setLabel(indicator.numeratorLabel());
            denominator.setLabel(indicator.denominatorLabel());
            numerator.setValueChangeMode(ValueChangeMode.EAGER);
            denominator.setValueChangeMode(ValueChangeMode.EAGER);
            numerator.addValueChangeListener(change -> showPercent());
            denominator.addValueChangeListener(change -> showPercent());
            percent.addClassName("tk-ind-line-percent");
            if (stored != null) {
                numerator.setValue(stored.numerator());
                denominator.setValue(stored.denominator());
            }
            inputs.add(numerator, denominator, percent);
            showPercent();
        } else if (indicator.valueType() == ValueType.YES_NO) {
            yesNo.setLabel(IndicatorFormat.t("indicators.entry.value"));
            yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
            yesNo.setItemLabelGenerator(yes -> IndicatorFormat.t(yes ? "indicators.yes" : "indicators.no"));
            yesNo.setEmptySelectionAllowed(true);
            yesNo.setEmptySelectionCaption(IndicatorFormat.NONE);
            if (stored != null) {
                yesNo.setValue(stored.value().signum() > 0);
            }
            inputs.add(yesNo);
        } else {
            amount.setLabel(IndicatorFormat.t(indicator.valueType() == ValueType.MONEY ? "indicators.entry.money"
                    : "indicators.entry.value"));
            if (stored != null) {
                amount.setValue(stored.value());
            }
            inputs.add(amount);
        }
        Span before = new Span(IndicatorFormat.t("indicators.entry.previous", previous == null ? IndicatorFormat.NONE
                : previousText(previous)));
        before.addClassName("tk-ind-line-previous");
        add(name, inputs, before);
        setReadOnly(readOnly);
    }

    private String previousText(Figure previous) {
        String value = IndicatorFormat.value(indicator, previous.value());
        return indicator.isRatio() ? value + " (" + IndicatorFormat.number(previous.numerator()) + "/"
                + IndicatorFormat.number(previous.denominator()) + ")" : value;
    }

    private void showPercent() {
        BigDecimal top = numerator.getValue();
        BigDecimal bottom = denominator.getValue();
        percent.setText(top == null || bottom == null || bottom.signum() <= 0 ? "= " + IndicatorFormat.NONE
                : "= " + IndicatorFormat.value(ValueType.PERCENTAGE, top.multiply(HUNDRED).divide(bottom, 4, RoundingMode.HALF_UP)));
    }

    private void setReadOnly(boolean readOnly) {
        numerator.setReadOnly(readOnly);
        denominator.setReadOnly(readOnly);
        amount.setReadOnly(readOnly);
        yesNo.setReadOnly(readOnly);
    }

    /** What to save: nothing for a line left empty that had no figure (a figure once stored cannot be cleared yet). */
    FigureInput input(long unitId, Period period) {
        BigDecimal value = indicator.valueType() == ValueType.YES_NO
                ? yesNo.getValue() == null ? null : yesNo.getValue() ? BigDecimal.ONE : BigDecimal.ZERO
                : amount.getValue();
        boolean empty = indicator.isRatio() ? numerator.getValue() == null && denominator.getValue() == null : value == null;
        if (empty && stored == null) {
            return null;
        }
        return new FigureInput(row, indicator.id(), unitId, period, indicator.isRatio() ? null : value,
                indicator.isRatio() ? numerator.getValue() : null, indicator.isRatio() ? denominator.getValue() : null,
                stored == null ? null : stored.version());
    }

    /** The inputs by the field name of the service's errors. */
    Map<String, HasValidation> fields() {
        if (indicator.isRatio()) {
            return Map.of("numerator", numerator, "denominator", denominator, "value", numerator);
        }
        return Map.of("value", indicator.valueType() == ValueType.YES_NO ? yesNo : amount);
    }

    int row() {
        return row;
    }
}
