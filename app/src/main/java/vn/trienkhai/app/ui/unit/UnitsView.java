package vn.trienkhai.app.ui.unit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.LocalDate;
import java.util.List;

/**
 * The organisation's unit tree: search, the tree as of a past date, and the dialogs that create, edit,
 * move, merge and split units. The selected unit's details and history show beside the tree.
 */
@Route(value = "units", layout = MainLayout.class)
@Prototype
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    private final UnitDialogs dialogs;
    private final UnitTreeGrid tree = new UnitTreeGrid();
    private final UnitDetails details;
    private final TextField search = new TextField();
    private final VietnameseDatePicker asOf;
    private final Checkbox showEnded = new Checkbox();
    private final Button edit = new Button();
    private final Button move = new Button();
    private final Button split = new Button();

    UnitsView(UnitService units, UnitDialogs dialogs, UnitDetails details, AccessPolicy policy) {
        this.units = units;
        this.dialogs = dialogs;
        this.details = details;
        this.asOf = new VietnameseDatePicker(getTranslation("units.as-of"), null);
        setSizeFull();
        setId("units");
        Button create = new Button(getTranslation("units.create"), new Icon("vaadin:plus"), click ->
                dialogs.create(actor(), selected(), this::reloadAndSelect));
        create.setId("unit-create");
        create.addThemeName("primary");
        Button merge = new Button(getTranslation("units.merge"), new Icon("vaadin:compress"), click ->
                dialogs.merge(actor(), units.tree(actor(), false), selected(), this::reloadAndSelect));
        merge.setId("unit-merge");
        configure(edit, "units.edit", "vaadin:edit", () -> dialogs.edit(actor(), selected(), this::reloadAndSelect));
        configure(move, "units.move", "vaadin:arrows", () -> dialogs.move(actor(), units.tree(actor(), false), selected(), this::reloadAndSelect));
        configure(split, "units.split", "vaadin:split", () -> dialogs.split(actor(), selected(), this::reloadAndSelect));
        // hidden for those the services would refuse anyway
        create.setVisible(policy.allows(actor(), Operation.UNIT_CREATE));
        edit.setVisible(policy.allows(actor(), Operation.UNIT_UPDATE));
        List.of(move, merge, split).forEach(button -> button.setVisible(policy.allows(actor(), Operation.UNIT_RESTRUCTURE)));
        add(new PageHeader(getTranslation("nav.units"), getTranslation("units.subtitle"), create, edit, move, merge, split),
                filters(), body());
        tree.asSingleSelect().addValueChangeListener(change -> selectionChanged(change.getValue()));
        reload();
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("units.search"));
        search.setPrefixComponent(new Icon("vaadin:search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("unit-search");
        search.setWidth("22rem");
        search.addValueChangeListener(change -> tree.filter(change.getValue()));
        asOf.setClearButtonVisible(true);
        asOf.setId("unit-as-of");
        asOf.addValueChangeListener(change -> reload());
        showEnded.setLabel(getTranslation("units.show-ended"));
        showEnded.addValueChangeListener(change -> reload());
        HorizontalLayout filters = new HorizontalLayout(search, asOf, showEnded);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private HorizontalLayout body() {
        HorizontalLayout body = new HorizontalLayout(tree, details);
        body.setSizeFull();
        body.setFlexGrow(1, tree);
        body.setFlexGrow(0, details);
        body.addClassName("tk-split");
        return body;
    }

    private void reload() {
        LocalDate date = asOf.getValue();
        List<Unit> shown = date != null ? units.treeAsOf(actor(), date) : units.tree(actor(), showEnded.getValue());
        tree.show(shown, search.getValue());
        boolean history = date != null;
        edit.setEnabled(false);
        move.setEnabled(false);
        split.setEnabled(false);
        showEnded.setEnabled(!history);
        details.clear();
    }

    private void reloadAndSelect(Unit unit) {
        asOf.clear();
        reload();
        tree.reveal(unit.id());
    }

    private void selectionChanged(Unit unit) {
        boolean editable = unit != null && unit.isActive() && asOf.getValue() == null;
        edit.setEnabled(editable);
        move.setEnabled(editable && unit.parentId() != null);
        split.setEnabled(editable && unit.parentId() != null);
        if (unit == null) {
            details.clear();
        } else {
            details.show(actor(), asOf.getValue() == null ? units.get(actor(), unit.id()) : unit);
        }
    }

    private void configure(Button button, String key, String icon, Runnable action) {
        button.setText(getTranslation(key));
        button.setIcon(new Icon(icon));
        button.setId("unit-" + key.substring(key.indexOf('.') + 1));
        button.addClickListener(click -> action.run());
    }

    private Unit selected() {
        return tree.asSingleSelect().getValue();
    }

    private static Actor actor() {
        return WorkspaceSession.actor();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units") + " · " + getTranslation("app.name");
    }
}
