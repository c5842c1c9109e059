package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.workbench.kit.EmptyState;

import java.util.List;

/** The tasks tab of a document's page: its actions above the tasks, which are shown again after one is added. */
class TasksPanel extends VerticalLayout {

    private final HorizontalLayout actions = new HorizontalLayout();
    private Component list;

    TasksPanel(List<Task> tasks) {
        setPadding(false);
        actions.addClassName("tk-tasks-actions");
        actions.setVisible(false);
        add(actions);
        show(tasks);
    }

    void addAction(Component action) {
        actions.add(action);
        actions.setVisible(true);
    }

    /** Shows {@code tasks} again and, among them, the one just added. */
    void showAdded(List<Task> tasks, Task added) {
        show(tasks);
        if (list instanceof TaskGrid grid) {
            grid.reveal(added.id());
        }
    }

    private void show(List<Task> tasks) {
        Component shown = tasks.isEmpty() ? new EmptyState("vaadin:tasks", getTranslation("document.tasks.none"), null) : new TaskGrid(tasks);
        if (list == null) {
            add(shown);
        } else {
            replace(list, shown);
        }
        list = shown;
    }
}
