package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;

import java.util.function.Consumer;

import static vn.trienkhai.app.ui.indicator.IndicatorFormat.t;

/**
 * Defines an indicator or changes one. The catalogue validates; the dialog only hides the numerator and denominator
 * labels unless the rule is a ratio, the one rule that needs them. A module's indicator keeps its source.
 */
final class IndicatorDialog {

    private IndicatorDialog() {
    }

    /** Opens the dialog for {@code indicator}, or for a new one when it is null. */
    static FormDialog open(Actor actor, IndicatorCatalogue catalogue, Indicator indicator, Consumer<Indicator> saved) {
        boolean creating = indicator == null;
        TextField code = FormDialog.textField(t("indicators.manage.code"), creating ? null : indicator.code());
        TextField name = FormDialog.textField(t("indicators.manage.name"), creating ? null : indicator.name());
        Select<ValueType> valueType = new Select<>();
        valueType.setLabel(t("indicators.manage.value-type"));
        valueType.setItems(ValueType.values());
        valueType.setItemLabelGenerator(type -> t("indicator.value-type." + type.name()));
        Select<Aggregation> aggregation = new Select<>();
        aggregation.setLabel(t("indicators.manage.aggregation"));
        aggregation.setItems(Aggregation.values());
        aggregation.setItemLabelGenerator(rule -> t("indicator.aggregation." + rule.name()));
        TextField numerator = FormDialog.textField(t("indicators.manage.numerator"), creating ? null : indicator.numeratorLabel());
        TextField denominator = FormDialog.textField(t("indicators.manage.denominator"), creating ? null : indicator.denominatorLabel());
        MultiSelectComboBox<PeriodKind> periodKinds = new MultiSelectComboBox<>(t("indicators.manage.period-kinds"), PeriodKind.values());
        periodKinds.setItemLabelGenerator(kind -> t("indicator.period-kind." + kind.name()));
        MultiSelectComboBox<UnitKind> unitKinds = new MultiSelectComboBox<>(t("indicators.manage.unit-kinds"), UnitKind.values());
        unitKinds.setItemLabelGenerator(kind -> t("unit.kind." + kind.name()));
        Checkbox active = new Checkbox(t("indicators.manage.active"), creating || indicator.active());
        if (!creating) {
            valueType.setValue(indicator.valueType());
            aggregation.setValue(indicator.aggregation());
            periodKinds.setValue(indicator.periodKinds());
            unitKinds.setValue(indicator.unitKinds());
        }
        Runnable showRatio = () -> {
            boolean ratio = aggregation.getValue() == Aggregation.RATIO_OF_SUMS;
            numerator.setVisible(ratio);
            denominator.setVisible(ratio);
        };
        aggregation.addValueChangeListener(change -> showRatio.run());
        showRatio.run();
        FormDialog dialog = new FormDialog(creating ? t("indicators.manage.define") : t("indicators.manage.edit", indicator.code()),
                t("action.save"), () -> {
            IndicatorRequest request = new IndicatorRequest(code.getValue(), name.getValue(), valueType.getValue(), aggregation.getValue(),
                    numerator.getValue(), denominator.getValue(), periodKinds.getValue(), unitKinds.getValue(),
                    creating ? Source.MANUAL : indicator.source(), creating ? null : indicator.moduleId(), active.getValue(),
                    creating ? null : indicator.version());
            Indicator result = creating ? catalogue.define(actor, request) : catalogue.update(actor, indicator.id(), request);
            Toasts.success(t("indicators.manage.saved", result.code()));
            saved.accept(result);
        });
        dialog.setId("indicator-dialog");
        dialog.confirmButton().setId("indicator-save");
        dialog.field("code", code);
        dialog.wideField("name", name);
        dialog.field("valueType", valueType);
        dialog.field("aggregation", aggregation);
        dialog.wideField("numeratorLabel", numerator);
        dialog.wideField("denominatorLabel", denominator);
        dialog.field("periodKinds", periodKinds);
        dialog.field("unitKinds", unitKinds);
        dialog.addWide(active);
        dialog.open();
        return dialog;
    }
}
