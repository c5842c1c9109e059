package vn.trienkhai.workbench.kit;

import com.vaadin.flow.component.combobox.ComboBox;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;

import java.util.List;

/** Chooses a unit of the tree by typing part of its name or code, with or without diacritics. */
public class UnitPicker extends ComboBox<Unit> {

    public UnitPicker(String label, List<Unit> units) {
        super(label);
        setItems((unit, filter) -> VietnameseText.fold(unit.name() + " " + unit.code()).contains(VietnameseText.fold(filter)), units);
        setItemLabelGenerator(Unit::name);
        setClearButtonVisible(true);
    }

    /** Selects the unit with this id, if it is among the choices. */
    public UnitPicker select(Long unitId) {
        getListDataView().getItems().filter(unit -> unitId != null && unit.id() == unitId).findFirst().ifPresent(this::setValue);
        return this;
    }
}
