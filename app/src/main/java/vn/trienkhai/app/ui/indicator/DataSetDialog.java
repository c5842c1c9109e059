package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorRequests.DataSetRequest;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static vn.trienkhai.app.ui.indicator.IndicatorFormat.t;

/**
 * Creates a data set or changes one: its name and its indicators. The form keeps the set's order; indicators added
 * come after, in the catalogue's order (by code), which is the order the plans number them.
 */
final class DataSetDialog {

    private DataSetDialog() {
    }

    static FormDialog open(Actor actor, IndicatorCatalogue catalogue, List<Indicator> catalogueList, DataSet set, Consumer<DataSet> saved) {
        boolean creating = set == null;
        TextField name = FormDialog.textField(t("indicators.sets.name"), creating ? null : set.name());
        MultiSelectComboBox<Indicator> indicators = new MultiSelectComboBox<>(t("indicators.sets.indicators"));
        indicators.setItems(catalogueList);
        indicators.setItemLabelGenerator(indicator -> indicator.code() + " · " + indicator.name());
        if (!creating) {
            Set<Long> ids = set.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
            indicators.setValue(catalogueList.stream().filter(indicator -> ids.contains(indicator.id())).toList());
        }
        FormDialog dialog = new FormDialog(creating ? t("indicators.sets.create") : t("indicators.sets.edit", set.name()),
                t("action.save"), () -> {
            DataSet result = catalogue.saveDataSet(actor, creating ? null : set.id(),
                    new DataSetRequest(name.getValue(), ordered(set, indicators.getValue()), creating ? null : set.version()));
            Toasts.success(t("indicators.sets.saved", result.name()));
            saved.accept(result);
        });
        dialog.setId("data-set-dialog");
        dialog.confirmButton().setId("data-set-save");
        dialog.wideField("name", name);
        dialog.wideField("indicatorIds", indicators);
        dialog.addWide(new Paragraph(t("indicators.sets.order")));
        dialog.open();
        return dialog;
    }

    /** The set's indicators still chosen in their order, then the ones added, by code. */
    private static List<Long> ordered(DataSet set, Set<Indicator> chosen) {
        List<Long> ids = new ArrayList<>();
        Set<Long> chosenIds = chosen.stream().map(Indicator::id).collect(Collectors.toSet());
        if (set != null) {
            set.indicators().stream().map(Indicator::id).filter(chosenIds::contains).forEach(ids::add);
        }
        chosen.stream().sorted(Comparator.comparing(Indicator::code)).map(Indicator::id).filter(id -> !ids.contains(id))
                .forEach(ids::add);
        return ids;
    }
}
