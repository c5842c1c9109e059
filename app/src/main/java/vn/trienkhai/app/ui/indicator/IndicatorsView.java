package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.indicator.sheet.FigureSheetView;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Chỉ tiêu": the targets of a unit of the user's scope, each with its latest value, the target, the year's
 * milestone, the status and the units that have not reported; choosing one opens, under it, its progress over the
 * years and its value per sub-unit. Targets with figures come first.
 */
@Route(value = "indicators", layout = MainLayout.class)
@Prototype
public class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorCatalogue catalogue;
    private final IndicatorTargets targets;
    private final FigureRollUp rollUps;
    private final Clock clock;
    private final Actor actor = WorkspaceSession.actor();
    private final UnitPicker unit;
    private final Div list = new Div();
    private final Div detail = new Div();

    IndicatorsView(IndicatorCatalogue catalogue, IndicatorTargets targets, FigureRollUp rollUps, UnitService units,
                   AccessPolicy policy, Clock clock) {
        this.catalogue = catalogue;
        this.targets = targets;
        this.rollUps = rollUps;
        this.clock = clock;
        setId("indicators");
        addClassName("tk-indicators");
        List<Unit> tree = units.tree(actor, false);
        unit = new UnitPicker(getTranslation("indicators.unit"), tree);
        unit.setId("indicators-unit");
        unit.setClearButtonVisible(false);
        unit.select(UnitPath.ids(actor.scopePath()).getLast());
        if (unit.isEmpty() && !tree.isEmpty()) {
            unit.setValue(tree.getFirst());
        }
        unit.addValueChangeListener(change -> refresh());
        List<Button> actions = new ArrayList<>();
        if (policy.allows(actor, Operation.FIGURE_ENTER)) {
            Button enter = new Button(getTranslation("indicators.entry"), new Icon("vaadin:edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate(FigureEntryView.class)));
            enter.setId("indicators-open-entry");
            enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button sheet = new Button(getTranslation("indicators.open-sheet"), new Icon("vaadin:file-table"),
                    click -> getUI().ifPresent(ui -> ui.navigate(FigureSheetView.class)));
            sheet.setId("indicators-open-sheet");
            actions.add(enter);
            actions.add(sheet);
        }
        if (policy.allows(actor, Operation.INDICATOR_MANAGE)) {
            Button manage = new Button(getTranslation("indicators.manage"), new Icon("vaadin:cog"),
                    click -> getUI().ifPresent(ui -> ui.navigate(IndicatorAdminView.class)));
            manage.setId("indicators-open-manage");
            actions.add(manage);
        }
        list.setId("indicators-targets");
        list.addClassName("tk-ind-targets");
        detail.setId("indicators-detail");
        detail.addClassName("tk-ind-detail");
        add(new PageHeader(getTranslation("indicators.title"), getTranslation("indicators.subtitle"), actions.toArray(Button[]::new)),
                unit, list);
        refresh();
    }

    private void refresh() {
        detail.removeAll();
        list.removeAll();
        if (unit.getValue() == null) {
            return;
        }
        long unitId = unit.getValue().id();
        int thisYear = LocalDate.now(clock).getYear();
        List<TargetStanding> standings = new ArrayList<>();
        for (Indicator indicator : catalogue.list(actor)) {
            targets.targets(actor, indicator.id()).stream().filter(target -> target.unitId() == unitId)
                    .map(target -> TargetStanding.of(actor, indicator, target, thisYear, rollUps, targets)).forEach(standings::add);
        }
        if (standings.isEmpty()) {
            list.add(new EmptyState("vaadin:chart", getTranslation("indicators.empty", unit.getValue().name()),
                    getTranslation("indicators.empty.hint")));
            return;
        }
        // what has figures leads: a target without any reads "off track" and says little more
        standings.sort(Comparator.comparing((TargetStanding standing) -> standing.achievement().value() == null));
        standings.forEach(standing -> list.add(row(standing)));
        show(standings.getFirst(), (Div) list.getComponentAt(0));
    }

    /** One target: a button that opens its charts, and its figures written out. */
    private Div row(TargetStanding standing) {
        Indicator indicator = standing.indicator();
        Div row = new Div();
        Button name = new Button(indicator.code() + " · " + indicator.name(), click -> show(standing, row));
        name.addClassName("tk-ind-target-name");
        name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div figures = new Div(
                figure("indicators.current", standing.achievement().value() == null ? getTranslation("indicators.no-figures")
                        : getTranslation("indicators.current.value", IndicatorFormat.value(indicator, standing.achievement().value()),
                        String.valueOf(standing.year()))),
                figure("indicators.target", getTranslation("indicators.target.value",
                        IndicatorFormat.value(indicator, standing.target().value()), String.valueOf(standing.target().year()))),
                figure("indicators.expected", IndicatorFormat.value(indicator, standing.achievement().expected())),
                figure("indicators.missing", String.valueOf(standing.rollUp().missing())),
                new AchievementBadge(standing.achievement().status()));
        figures.addClassName("tk-ind-figures");
        row.add(name, figures);
        row.addClassName("tk-ind-target");
        row.getElement().setAttribute("data-indicator", indicator.code());
        return row;
    }

    private static Span figure(String labelKey, String value) {
        Span label = new Span(IndicatorFormat.t(labelKey));
        label.addClassName("tk-ind-figure-label");
        Span figure = new Span(label, new Span(value));
        figure.addClassName("tk-ind-figure");
        return figure;
    }

    /** Opens the target's charts under its row, closing the ones open. */
    private void show(TargetStanding standing, Div row) {
        detail.removeAll();
        list.getChildren().forEach(other -> other.getElement().removeAttribute("aria-current"));
        row.getElement().setAttribute("aria-current", "true");
        row.add(detail);
        detail.add(new ProgressChart(standing),
                new SubUnitBars(standing, rollUps.bySubUnit(actor, standing.indicator().id(), standing.target().unitId(),
                        standing.rollUp().period())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.title") + " · " + getTranslation("app.name");
    }
}
