package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.document.CompactColumns;
import vn.trienkhai.app.ui.document.RowCard;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.RequiresOperation;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;

import java.util.List;
import java.util.stream.Collectors;

/**
 * "Quản lý chỉ tiêu", for officers and administrators: the catalogue of indicators, the data sets (one entry form
 * each) and the targets of an indicator with their milestones. The services authorise and validate every change.
 */
@Route(value = "indicators/manage", layout = MainLayout.class)
@RequiresOperation(Operation.INDICATOR_MANAGE)
@Prototype
public class IndicatorAdminView extends VerticalLayout implements HasDynamicTitle {

    /** Rows a grid shows before it scrolls: the catalogue grows with every plan. */
    static final int PAGE = 15;

    private final IndicatorCatalogue catalogue;
    private final Actor actor = WorkspaceSession.actor();
    private final Grid<Indicator> indicators = new Grid<>();
    private final Grid<DataSet> dataSets = new Grid<>();
    private final TargetPanel targets;
    private final VerticalLayout indicatorTab = new VerticalLayout();
    private final VerticalLayout dataSetTab = new VerticalLayout();
    private final VerticalLayout dataSetBody = new VerticalLayout();

    IndicatorAdminView(IndicatorCatalogue catalogue, IndicatorTargets targetService, UnitService units) {
        this.catalogue = catalogue;
        setId("indicator-admin");
        addClassName("tk-indicator-admin");
        targets = new TargetPanel(actor, catalogue, targetService, units.tree(actor, false));
        Button define = new Button(getTranslation("indicators.manage.define"), new Icon("vaadin:plus"),
                click -> IndicatorDialog.open(actor, catalogue, null, saved -> refresh()));
        define.setId("indicator-define");
        define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("indicators.title"), new Icon("vaadin:arrow-left"),
                click -> getUI().ifPresent(ui -> ui.navigate(IndicatorsView.class)));
        indicators.setId("indicator-grid");
        indicators.addColumn(Indicator::code).setHeader(getTranslation("indicators.manage.code")).setAutoWidth(true).setFlexGrow(0);
        indicators.addColumn(Indicator::name).setHeader(getTranslation("indicators.manage.name")).setFlexGrow(1);
        indicators.addColumn(indicator -> getTranslation("indicator.value-type." + indicator.valueType().name()))
                .setHeader(getTranslation("indicators.manage.value-type")).setAutoWidth(true).setFlexGrow(0);
        indicators.addColumn(indicator -> getTranslation(indicator.active() ? "indicators.manage.followed" : "indicators.manage.stopped"))
                .setHeader(getTranslation("indicators.manage.state")).setAutoWidth(true).setFlexGrow(0);
        indicators.addComponentColumn(indicator -> editIndicator(indicator)).setAutoWidth(true).setFlexGrow(0);
        CompactColumns.install(indicators, indicators.addComponentColumn(indicator -> card(new RowCard(indicator.code(), indicator.name(),
                List.of(getTranslation("indicator.value-type." + indicator.valueType().name()), getTranslation(indicator.active()
                        ? "indicators.manage.followed" : "indicators.manage.stopped"))), editIndicator(indicator)))
                .setHeader(getTranslation("indicators.targets.indicator")));
        dataSets.setId("data-set-grid");
        dataSets.addColumn(DataSet::name).setHeader(getTranslation("indicators.sets.name")).setFlexGrow(1);
        dataSets.addColumn(set -> set.indicators().stream().map(Indicator::code).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("indicators.sets.indicators")).setFlexGrow(1);
        dataSets.addComponentColumn(this::editSet).setAutoWidth(true).setFlexGrow(0);
        CompactColumns.install(dataSets, dataSets.addComponentColumn(set -> card(new RowCard(set.name(), set.indicators().stream()
                .map(Indicator::code).collect(Collectors.joining(", ")), List.of()), editSet(set)))
                .setHeader(getTranslation("indicators.sets.name")));
        Button createSet = new Button(getTranslation("indicators.sets.create"), new Icon("vaadin:plus"),
                click -> DataSetDialog.open(actor, catalogue, catalogue.list(actor), null, saved -> refresh()));
        createSet.setId("data-set-create");
        indicatorTab.setPadding(false);
        dataSetTab.setPadding(false);
        dataSetBody.setPadding(false);
        dataSetTab.add(createSet, dataSetBody);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("indicators.manage.tab.indicators"), indicatorTab);
        tabs.add(getTranslation("indicators.manage.tab.sets"), dataSetTab);
        tabs.add(getTranslation("indicators.manage.tab.targets"), targets);
        add(new PageHeader(getTranslation("indicators.manage.title"), getTranslation("indicators.manage.subtitle"), back, define), tabs);
        refresh();
    }

    private Button editIndicator(Indicator indicator) {
        return editButton(getTranslation("indicators.manage.edit", indicator.code()),
                () -> IndicatorDialog.open(actor, catalogue, indicator, saved -> refresh()));
    }

    private Button editSet(DataSet set) {
        return editButton(getTranslation("indicators.sets.edit", set.name()),
                () -> DataSetDialog.open(actor, catalogue, catalogue.list(actor), set, saved -> refresh()));
    }

    static Button editButton(String label, Runnable open) {
        Button edit = new Button(new Icon("vaadin:edit"), click -> open.run());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(label);
        return edit;
    }

    /** A row on a phone: its card and its edit button beside it. */
    static Div card(RowCard card, Button edit) {
        Div row = new Div(card, edit);
        row.addClassName("tk-ind-card");
        return row;
    }

    private void refresh() {
        List<Indicator> all = catalogue.list(actor);
        indicatorTab.removeAll();
        if (all.isEmpty()) {
            indicatorTab.add(new EmptyState("vaadin:chart", getTranslation("indicators.manage.empty"), getTranslation("indicators.manage.empty.hint")));
        } else {
            indicators.setItems(all);
            bound(indicators, all.size());
            indicatorTab.add(indicators);
        }
        List<DataSet> sets = catalogue.dataSets(actor);
        dataSetBody.removeAll();
        if (sets.isEmpty()) {
            dataSetBody.add(new EmptyState("vaadin:table", getTranslation("indicators.sets.empty"), getTranslation("indicators.sets.empty.hint")));
        } else {
            dataSets.setItems(sets);
            bound(dataSets, sets.size());
            dataSetBody.add(dataSets);
        }
        targets.refresh(all);
    }

    /** A short list shows whole; a long one a screenful of rows that scrolls, loaded as it scrolls. */
    static void bound(Grid<?> grid, int rows) {
        grid.setPageSize(PAGE * 2);
        if (rows <= PAGE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("60vh");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.manage.title") + " · " + getTranslation("app.name");
    }
}
