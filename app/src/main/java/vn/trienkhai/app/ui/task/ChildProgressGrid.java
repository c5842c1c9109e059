package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;
import vn.trienkhai.core.task.TaskModel.ChildProgress;

import java.util.List;

/** A group's task: how far each unit it fanned out to is, each unit's name the link to its own task. */
final class ChildProgressGrid extends Grid<ChildProgress> {

    ChildProgressGrid(List<ChildProgress> children) {
        setId("task-children");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addComponentColumn(child -> new RouterLink(child.unitName(), TaskView.class, TaskView.parameters(child.taskId())))
                .setHeader(TaskLabels.t("tasks.column.unit")).setFlexGrow(3);
        addColumn(child -> child.done() + "/" + child.occurrences()).setHeader(TaskLabels.t("task.children.done")).setAutoWidth(true).setFlexGrow(0);
        addColumn(ChildProgress::overdue).setHeader(TaskLabels.t("task.children.overdue")).setAutoWidth(true).setFlexGrow(0);
        setItems(children);
        setAllRowsVisible(true);
    }
}
