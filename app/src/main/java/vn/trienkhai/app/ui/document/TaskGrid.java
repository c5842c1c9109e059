package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import vn.trienkhai.core.document.DocumentModel.Coordinator;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.document.parsing.DeadlineType;

import java.util.List;
import java.util.stream.Collectors;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/**
 * A document's tasks: a table on a wide window, a card per task on a phone. A click on a task opens it whole below
 * its row (text, units, deadline and how precise it is, recurrence, status), whatever the width cut from the row.
 */
class TaskGrid extends Grid<Task> {

    TaskGrid(List<Task> tasks) {
        setId("document-tasks");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Task::section).setHeader(getTranslation("document.task.section")).setAutoWidth(true).setFlexGrow(0);
        // the sentence takes what the short values leave: a quarter of the width made a tall, thin ribbon of it
        addColumn(Task::text).setHeader(getTranslation("document.task.text")).setWidth("24rem").setFlexGrow(3);
        addColumn(task -> orEmpty(task.leadUnitName())).setHeader(getTranslation("document.task.lead")).setWidth("10rem").setFlexGrow(1);
        addColumn(TaskGrid::coordinators).setHeader(getTranslation("document.task.coordinators")).setWidth("10rem").setFlexGrow(1);
        addColumn(TaskGrid::deadlineDate).setHeader(getTranslation("document.task.deadline")).setAutoWidth(true).setFlexGrow(0);
        addColumn(this::recurrence).setHeader(getTranslation("document.task.recurrence")).setAutoWidth(true).setFlexGrow(0);
        Column<Task> card = addComponentColumn(task -> new RowCard(task.section(), task.text(),
                List.of(orEmpty(task.leadUnitName()), deadlineDate(task))).clamped())
                .setKey("card").setHeader(getTranslation("document.task.text"));
        setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        // toggled by the server, not by the grid's client-side default, so the server knows which tasks are open
        setDetailsVisibleOnClick(false);
        addItemClickListener(click -> setDetailsVisible(click.getItem(), !isDetailsVisible(click.getItem())));
        CompactColumns.install(this, card);
        setItems(tasks);
        setAllRowsVisible(true);
    }

    /**
     * Opens the task below its row and brings the end of the list into view, where a task just added is: among a
     * plan's forty tasks the user would otherwise not see that it is there.
     */
    void reveal(long taskId) {
        getListDataView().getItems().filter(task -> task.id() == taskId).findFirst().ifPresent(task -> {
            setDetailsVisible(task, true);
            scrollIntoView(ScrollIntoViewOption.Block.END);
        });
    }

    private Component details(Task task) {
        Paragraph text = new Paragraph(task.text());
        text.addClassName("tk-task-text");
        Div details = new Div(text);
        details.addClassName("tk-task-details");
        line(details, "document.task.lead", orEmpty(task.leadUnitName()));
        line(details, "document.task.coordinators", coordinators(task));
        line(details, "document.task.deadline", deadline(task));
        line(details, "document.task.recurrence", recurrence(task));
        line(details, "document.task.status", getTranslation("task.status." + task.status().name()));
        return details;
    }

    private void line(Div details, String labelKey, String value) {
        if (!value.isBlank()) {
            Paragraph line = new Paragraph(getTranslation(labelKey) + ": " + value);
            line.addClassName("tk-detail-line");
            details.add(line);
        }
    }

    /** The date, and when the document gave less than a day ("trong tháng 9"), how precise it was. */
    private String deadline(Task task) {
        String precision = getTranslation("deadline.type." + task.deadlineType().name());
        if (task.deadline() == null) {
            return precision;
        }
        return task.deadlineType() == DeadlineType.DATE ? deadlineDate(task) : deadlineDate(task) + " · " + precision;
    }

    private String recurrence(Task task) {
        return task.recurrence() == null ? "" : getTranslation("recurrence." + task.recurrence().name());
    }

    private static String deadlineDate(Task task) {
        return task.deadline() == null ? "" : DATE.format(task.deadline());
    }

    private static String coordinators(Task task) {
        return task.coordinators().stream().map(Coordinator::name).collect(Collectors.joining(", "));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
