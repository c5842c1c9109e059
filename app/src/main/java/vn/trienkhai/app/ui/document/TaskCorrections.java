package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.TextArea;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.ParsedDeadline;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.util.List;
import java.util.Objects;

/**
 * The tasks read from a plan, each with its text and deadline open to correction and a box to leave it out:
 * the parser prefers leaving a field empty to guessing, so the user completes rather than undoes.
 */
class TaskCorrections extends Grid<TaskCorrections.Row> {

    private final List<Row> rows;

    TaskCorrections(List<ParsedTask> tasks) {
        setId("import-tasks");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rows = tasks.stream().map(Row::new).toList();
        addComponentColumn(row -> row.keep).setHeader(getTranslation("import.tasks.keep")).setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> row.task.section()).setHeader(getTranslation("document.task.section")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(row -> row.text).setHeader(getTranslation("document.task.text")).setFlexGrow(4);
        addColumn(row -> row.task.leadUnit() == null ? "" : row.task.leadUnit()).setHeader(getTranslation("document.task.lead")).setFlexGrow(1);
        addComponentColumn(row -> row.deadline).setHeader(getTranslation("document.task.deadline")).setAutoWidth(true);
        setItems(rows);
        setAllRowsVisible(true);
    }

    /** The tasks as corrected: unchecked ones left out; a changed date becomes a date deadline. */
    List<ParsedTask> corrected() {
        return rows.stream().filter(row -> row.keep.getValue()).map(Row::corrected).toList();
    }

    static final class Row {
        private final ParsedTask task;
        private final Checkbox keep = new Checkbox(true);
        private final TextArea text = new TextArea();
        private final VietnameseDatePicker deadline;

        private Row(ParsedTask task) {
            this.task = task;
            text.setValue(task.text());
            text.setWidthFull();
            deadline = new VietnameseDatePicker(null, task.deadline().date());
        }

        private ParsedTask corrected() {
            ParsedDeadline chosen = Objects.equals(deadline.getValue(), task.deadline().date()) ? task.deadline()
                    : deadline.getValue() == null ? ParsedDeadline.NONE : new ParsedDeadline(DeadlineType.DATE, deadline.getValue());
            return new ParsedTask(text.getValue(), task.section(), task.leadUnit(), task.coordinatingUnits(), chosen, task.recurrence());
        }
    }
}
