package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.Synthesis;
import vn.trienkhai.modules.ideology.IdeologyModel.SynthesisLine;
import vn.trienkhai.modules.ideology.OpinionSynthesis;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/**
 * "Tổng hợp dư luận": the monthly or quarterly synthesis of a unit, a row per unit directly below it and a total
 * row, then the hot spots raised in the period. The unit column stays in place while the figures scroll on a phone.
 */
@Prototype
public class SynthesisView extends VerticalLayout implements HasDynamicTitle {

    private static final int PERIODS_SHOWN = 12;

    private final OpinionSynthesis synthesis;
    private final UnitPicker unit;
    private final Select<PeriodKind> kind = new Select<>();
    private final Select<Period> period = new Select<>();
    private final H3 heading = new H3();
    private final Grid<SynthesisLine> grid = new Grid<>();
    private final Div below = new Div();
    private final LocalDate today;

    SynthesisView(OpinionSynthesis synthesis, UnitService units, Clock clock) {
        this.synthesis = synthesis;
        this.today = LocalDate.now(clock);
        setId("ideology-synthesis");
        Actor actor = WorkspaceSession.actor();
        unit = new UnitPicker(t("ideology.synthesis.unit"), units.tree(actor, false));
        // the committee a department works for, not the department itself
        unit.select(WorkspaceSession.scopeUnitId().orElse(null));
        unit.setClearButtonVisible(false);
        kind.setLabel(t("ideology.synthesis.kind"));
        kind.setItems(PeriodKind.MONTH, PeriodKind.QUARTER);
        kind.setItemLabelGenerator(value -> t("ideology.synthesis.kind." + value.name()));
        kind.setValue(PeriodKind.MONTH);
        period.setLabel(t("ideology.synthesis.index"));
        period.setItemLabelGenerator(Period::label);
        periods();
        unit.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> periods());
        period.addValueChangeListener(change -> refresh());
        FlexLayout filters = new FlexLayout(unit, kind, period);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        grid.setId("ideology-synthesis-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addColumn(SynthesisLine::unitName).setHeader(t("ideology.synthesis.col.unit")).setFrozen(true).setAutoWidth(true)
                .setFlexGrow(1);
        figure("reports", SynthesisLine::reports);
        figure("positive", SynthesisLine::positive);
        figure("mixed", SynthesisLine::mixed);
        figure("negative", SynthesisLine::negative);
        figure("tense", SynthesisLine::tense);
        figure("raised", SynthesisLine::hotSpotsRaised);
        figure("closed", SynthesisLine::hotSpotsClosed);
        figure("open", SynthesisLine::openHotSpots);
        figure("found", SynthesisLine::incidentsFound);
        figure("handled", SynthesisLine::incidentsHandled);
        below.setWidthFull();
        add(new PageHeader(t("ideology.nav.synthesis"), t("ideology.synthesis.subtitle")), filters, heading, grid, below);
        refresh();
    }

    private void figure(String column, ToIntFunction<SynthesisLine> value) {
        grid.addColumn(line -> value.applyAsInt(line)).setHeader(t("ideology.synthesis.col." + column)).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    /** The periods of the chosen kind up to the current one, the current first. */
    private void periods() {
        List<Period> recent = Stream.iterate(Period.of(kind.getValue(), today), Period::previous).limit(PERIODS_SHOWN).toList();
        period.setItems(recent);
        period.setValue(recent.getFirst());
    }

    private void refresh() {
        if (unit.getValue() == null || period.getValue() == null) {
            return;
        }
        Synthesis shown = synthesis.of(WorkspaceSession.actor(), unit.getValue().id(), period.getValue());
        heading.setText(t("ideology.synthesis.heading", shown.unitName(), shown.period()));
        List<SynthesisLine> rows = new ArrayList<>(shown.lines());
        SynthesisLine total = shown.total();
        rows.add(new SynthesisLine(total.unitId(), t("ideology.synthesis.total"), total.reports(), total.positive(), total.mixed(),
                total.negative(), total.tense(), total.hotSpotsRaised(), total.hotSpotsClosed(), total.openHotSpots(),
                total.incidentsFound(), total.incidentsHandled()));
        grid.setItems(rows);
        grid.setPartNameGenerator(line -> line == rows.getLast() ? "tk-total" : null);
        below.removeAll();
        if (total.reports() + total.openHotSpots() + total.incidentsFound() + total.incidentsHandled() + total.hotSpotsClosed() == 0) {
            below.add(new EmptyState("vaadin:comments", t("ideology.synthesis.empty"), null));
        }
        if (!shown.hotSpotsRaised().isEmpty()) {
            below.add(new H3(t("ideology.synthesis.hot-spots")));
            shown.hotSpotsRaised().forEach(report -> below.add(IdeologyLabels.reportCard(report)));
        }
    }

    @Override
    public String getPageTitle() {
        return t("ideology.nav.synthesis");
    }
}
