package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.trienkhai.app.ui.document.CompactColumns;
import vn.trienkhai.app.ui.document.RowCard;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.kit.EmptyState;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.trienkhai.app.ui.indicator.IndicatorFormat.t;

/** The targets of one indicator (chosen above the grid) with their baseline and milestones; each opens its dialog. */
class TargetPanel extends VerticalLayout {

    private final Actor actor;
    private final IndicatorTargets targets;
    private final List<Unit> units;
    private final Map<Long, String> unitNames;
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final Grid<Target> grid = new Grid<>();
    private final Button create;
    private final VerticalLayout body = new VerticalLayout();

    TargetPanel(Actor actor, IndicatorCatalogue catalogue, IndicatorTargets targets, List<Unit> units) {
        this.actor = actor;
        this.targets = targets;
        this.units = units;
        this.unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name, (first, second) -> first));
        setPadding(false);
        indicator.setLabel(t("indicators.targets.indicator"));
        indicator.setId("target-indicator");
        indicator.setItemLabelGenerator(chosen -> chosen.code() + " · " + chosen.name());
        indicator.setWidth("min(40rem, 100%)");
        indicator.addValueChangeListener(change -> show());
        create = new Button(t("indicators.targets.create.button"), new Icon("vaadin:plus"), click -> open(null));
        create.setId("target-create");
        grid.setId("target-grid");
        grid.addColumn(target -> unitNames.getOrDefault(target.unitId(), "")).setHeader(t("indicators.targets.unit")).setFlexGrow(1);
        grid.addColumn(target -> target.year()).setHeader(t("indicators.targets.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(target -> IndicatorFormat.value(indicator.getValue(), target.value())).setHeader(t("indicators.targets.value"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(target -> target.baselineYear() == null ? IndicatorFormat.NONE : IndicatorFormat.value(indicator.getValue(),
                target.baselineValue()) + " (" + target.baselineYear() + ")").setHeader(t("indicators.targets.baseline")).setAutoWidth(true);
        grid.addColumn(this::milestones).setHeader(t("indicators.targets.milestones")).setFlexGrow(1);
        grid.addComponentColumn(this::edit).setAutoWidth(true).setFlexGrow(0);
        CompactColumns.install(grid, grid.addComponentColumn(target -> IndicatorAdminView.card(new RowCard(unitNames.getOrDefault(
                target.unitId(), ""), t("indicators.target.value", IndicatorFormat.value(indicator.getValue(), target.value()),
                String.valueOf(target.year())), List.of(milestones(target))), edit(target))).setHeader(t("indicators.targets.unit")));
        body.setPadding(false);
        add(indicator, create, body);
    }

    void refresh(List<Indicator> all) {
        Indicator chosen = indicator.getValue();
        indicator.setItems(all);
        Map<Long, Indicator> byId = all.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        indicator.setValue(chosen != null && byId.containsKey(chosen.id()) ? byId.get(chosen.id()) : all.isEmpty() ? null : all.getFirst());
    }

    private void show() {
        body.removeAll();
        create.setEnabled(indicator.getValue() != null);
        if (indicator.getValue() == null) {
            return;
        }
        List<Target> list = targets.targets(actor, indicator.getValue().id());
        if (list.isEmpty()) {
            body.add(new EmptyState("vaadin:flag-o", t("indicators.targets.empty"), t("indicators.targets.empty.hint")));
            return;
        }
        grid.setItems(list);
        IndicatorAdminView.bound(grid, list.size());
        body.add(grid);
    }

    private String milestones(Target target) {
        return target.milestones().stream().map(milestone -> milestone.year() + ": "
                + IndicatorFormat.value(indicator.getValue(), milestone.value())).collect(Collectors.joining("; "));
    }

    private Button edit(Target target) {
        return IndicatorAdminView.editButton(t("indicators.targets.edit", indicator.getValue().code()), () -> open(target));
    }

    private void open(Target target) {
        new TargetDialog(actor, targets, units, indicator.getValue(), target, saved -> show()).open();
    }
}
