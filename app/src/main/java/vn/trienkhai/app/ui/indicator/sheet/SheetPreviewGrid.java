package vn.trienkhai.app.ui.indicator.sheet;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import vn.trienkhai.core.indicator.FigureSheets.PreviewLine;

import java.math.BigDecimal;
import java.text.NumberFormat;

import static vn.trienkhai.core.text.VietnameseText.LOCALE;

/** The figures an upload would save, one line each, with the errors of their cells in red. */
class SheetPreviewGrid extends Grid<PreviewLine> {

    SheetPreviewGrid() {
        setId("figure-sheet-preview");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(PreviewLine::row).setHeader(getTranslation("figure-sheet.grid.row")).setWidth("4.5em").setFlexGrow(0).setKey("row");
        addColumn(new ComponentRenderer<>(SheetPreviewGrid::figure)).setHeader(getTranslation("figure-sheet.grid.figure"))
                .setFlexGrow(2).setKey("figure");
        addColumn(new ComponentRenderer<>(SheetPreviewGrid::errors)).setHeader(getTranslation("figure-sheet.grid.errors"))
                .setFlexGrow(3).setKey("errors");
        setAllRowsVisible(true);
    }

    /** The unit, the indicator and the value (a ratio's numerator / denominator), stacked to fit a phone. */
    private static Div figure(PreviewLine line) {
        Div cell = new Div(new Span(line.unitName() == null ? line.unitCode() : line.unitName()));
        cell.addClassName("tk-sheet-figure");
        if (line.indicatorCode() != null) {
            Span indicator = new Span(line.indicatorCode() + " · " + value(line));
            indicator.addClassName("tk-sheet-value");
            cell.add(indicator);
        }
        return cell;
    }

    private static Div errors(PreviewLine line) {
        Div cell = new Div();
        line.errors().forEach(error -> {
            Div text = new Div(error);
            text.addClassName("tk-sheet-error");
            cell.add(text);
        });
        return cell;
    }

    private static String value(PreviewLine line) {
        return line.numerator() != null || line.denominator() != null
                ? number(line.numerator()) + " / " + number(line.denominator()) : number(line.value());
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : NumberFormat.getNumberInstance(LOCALE).format(value.stripTrailingZeros());
    }
}
