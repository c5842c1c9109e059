package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import vn.trienkhai.app.ui.document.CompactColumns;
import vn.trienkhai.app.ui.document.RowCard;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.workbench.kit.EmptyState;

import java.util.List;

/**
 * The lines of a task list: one unit's part of one occurrence each. A table on a wide window; on a phone a card
 * per line with the same values. The task's sentence is the link to its page.
 */
final class TaskLineGrid extends Grid<TaskLine> {

    TaskLineGrid() {
        setId("task-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(TaskLineGrid::link).setKey("text").setHeader(TaskLabels.t("tasks.column.text")).setWidth("22rem").setFlexGrow(4);
        addColumn(TaskLine::documentLabel).setKey("document").setHeader(TaskLabels.t("tasks.column.document")).setWidth("8rem").setFlexGrow(1);
        addColumn(TaskLine::unitName).setKey("unit").setHeader(TaskLabels.t("tasks.column.unit")).setWidth("9rem").setFlexGrow(1);
        addColumn(line -> TaskLabels.t("task.role." + line.role().name())).setKey("role").setHeader(TaskLabels.t("tasks.column.role")).setAutoWidth(true).setFlexGrow(0);
        addColumn(TaskLabels::due).setKey("due").setHeader(TaskLabels.t("tasks.column.due")).setAutoWidth(true).setFlexGrow(0);
        addColumn(line -> TaskLabels.t("task.status." + line.status().name())).setKey("status").setHeader(TaskLabels.t("tasks.column.status")).setAutoWidth(true).setFlexGrow(0);
        addColumn(line -> line.percent() + "%").setKey("percent").setHeader(TaskLabels.t("tasks.column.percent")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(line -> new TimelinessBadge(line.timeliness())).setKey("timeliness").setHeader(TaskLabels.t("tasks.column.timeliness")).setAutoWidth(true).setFlexGrow(0);
        Column<TaskLine> card = addComponentColumn(TaskLineGrid::card).setKey("card").setHeader(TaskLabels.t("tasks.column.text"));
        CompactColumns.install(this, card);
        setEmptyStateComponent(new EmptyState("vaadin:search", TaskLabels.t("tasks.empty"), TaskLabels.t("tasks.empty.hint")));
    }

    static RouterLink link(TaskLine line) {
        RouterLink link = new RouterLink(line.text(), TaskView.class, TaskView.parameters(line.taskId()));
        link.addClassName("tk-task-link");
        return link;
    }

    private static RowCard card(TaskLine line) {
        RowCard card = new RowCard(line.unitName() + " · " + TaskLabels.t("task.role." + line.role().name()), "",
                List.of(line.documentLabel(), TaskLabels.due(line), TaskLabels.t("task.status." + line.status().name()), line.percent() + "%"));
        // the sentence as the link to the task, in the card's text slot; the badge closes the card
        card.getChildren().filter(child -> child.hasClassName("tk-row-card-text")).findFirst()
                .ifPresent(text -> ((Span) text).add(link(line)));
        card.add(new TimelinessBadge(line.timeliness()));
        return card;
    }
}
