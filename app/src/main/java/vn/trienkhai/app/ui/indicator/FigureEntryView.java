package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.indicator.sheet.FigureSheetView;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.FigureLocks;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.RequiresOperation;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "Nhập số liệu", in the spirit of DHIS2's data entry: a data set, a unit of the user's scope (a reporter's own) and
 * a period make one form with every indicator of the set, saved all or nothing.
 */
@Route(value = "indicators/entry", layout = MainLayout.class)
@RequiresOperation(Operation.FIGURE_ENTER)
@Prototype
public class FigureEntryView extends VerticalLayout implements HasDynamicTitle {

    private final Actor actor = WorkspaceSession.actor();
    private final Select<DataSet> dataSet = new Select<>();
    private final UnitPicker unit;
    private final PeriodPicker period;
    private final FigureEntry entry;
    private final FigureLocks locks;
    private final Div content = new Div();

    FigureEntryView(IndicatorCatalogue catalogue, FigureEntry entry, FigureLocks locks, UnitService units, Clock clock) {
        setId("figure-entry");
        addClassName("tk-figure-entry");
        this.entry = entry;
        this.locks = locks;
        List<DataSet> sets = catalogue.dataSets(actor);
        dataSet.setLabel(getTranslation("indicators.entry.data-set"));
        dataSet.setId("entry-data-set");
        dataSet.setItems(sets);
        dataSet.setItemLabelGenerator(DataSet::name);
        unit = new UnitPicker(getTranslation("indicators.entry.unit"), units.tree(actor, false));
        unit.setId("entry-unit");
        unit.setClearButtonVisible(false);
        unit.select(UnitPath.ids(actor.scopePath()).getLast());
        period = new PeriodPicker(LocalDate.now(clock), this::refresh);
        Div filters = new Div(dataSet, unit, period);
        filters.addClassName("tk-ind-filters");
        content.setId("entry-content");
        Button back = new Button(getTranslation("indicators.title"), new Icon("vaadin:arrow-left"),
                click -> getUI().ifPresent(ui -> ui.navigate(IndicatorsView.class)));
        Button sheet = new Button(getTranslation("indicators.open-sheet"), new Icon("vaadin:file-table"),
                click -> getUI().ifPresent(ui -> ui.navigate(FigureSheetView.class)));
        sheet.setId("entry-open-sheet");
        add(new PageHeader(getTranslation("indicators.entry.title"), getTranslation("indicators.entry.subtitle"), back, sheet), filters,
                content);
        if (sets.isEmpty()) {
            content.add(new EmptyState("vaadin:table", getTranslation("indicators.entry.no-sets"), getTranslation("indicators.entry.no-sets.hint")));
            return;
        }
        dataSet.addValueChangeListener(change -> offerPeriods());
        unit.addValueChangeListener(change -> refresh());
        dataSet.setValue(sets.getFirst());
    }

    private void offerPeriods() {
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        dataSet.getValue().indicators().stream().filter(Indicator::isEnteredByHand).forEach(indicator -> kinds.addAll(indicator.periodKinds()));
        period.offer(kinds);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        Unit chosen = unit.getValue();
        if (dataSet.getValue() == null || chosen == null || period.value() == null) {
            return;
        }
        content.add(new FigureForm(actor, entry, locks, dataSet.getValue(), chosen, period.value(), this::refresh));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.entry.title") + " · " + getTranslation("app.name");
    }
}
