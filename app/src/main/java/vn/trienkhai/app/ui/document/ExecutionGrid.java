package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.trienkhai.core.document.DocumentModel.Execution;

import java.util.List;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/** Who had to issue their own plan for the document, which plan they issued and how late the others are. */
class ExecutionGrid extends Grid<Execution> {

    ExecutionGrid(List<Execution> executions) {
        setId("document-execution");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Execution::unitName).setHeader(getTranslation("document.execution.unit")).setFlexGrow(2);
        addColumn(this::plan).setHeader(getTranslation("document.execution.plan")).setFlexGrow(2);
        addColumn(ExecutionGrid::due).setHeader(getTranslation("document.execution.due")).setAutoWidth(true);
        addColumn(this::late).setHeader(getTranslation("document.execution.late.header")).setAutoWidth(true);
        Column<Execution> card = addComponentColumn(execution -> new RowCard(execution.unitName(), plan(execution),
                List.of(labelled("document.execution.due", due(execution)), labelled("document.execution.late.header", late(execution)))))
                .setKey("card").setHeader(getTranslation("document.execution.unit"));
        CompactColumns.install(this, card);
        setItems(executions);
        setAllRowsVisible(true);
    }

    private String plan(Execution execution) {
        return execution.plan() == null ? getTranslation("document.execution.missing")
                : execution.plan().symbol() + (execution.plan().issuedOn() == null ? "" : " · " + DATE.format(execution.plan().issuedOn()));
    }

    private String late(Execution execution) {
        return execution.daysOverdue() == 0 ? "" : getTranslation("document.execution.late", execution.daysOverdue());
    }

    /** A value with its column's header in front ("Hạn 30/09/2023"), as a card has no header to name it. */
    private String labelled(String headerKey, String value) {
        return value.isEmpty() ? "" : getTranslation(headerKey) + " " + value;
    }

    private static String due(Execution execution) {
        return execution.due() == null ? "" : DATE.format(execution.due());
    }
}
