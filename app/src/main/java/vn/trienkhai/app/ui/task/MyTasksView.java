package vn.trienkhai.app.ui.task;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.WorkspaceModules;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.task.TaskBoard;
import vn.trienkhai.core.task.TaskExport;
import vn.trienkhai.core.task.TaskWork;

/** "Việc của tôi": the parts given to the user's own unit (and to the committee a department works for). */
@Route(value = "tasks", layout = MainLayout.class)
@Prototype
public class MyTasksView extends TaskListView {

    MyTasksView(TaskBoard board, TaskWork work, TaskExport export, DocumentRegistry documents, AccessPolicy policy,
                WorkspaceModules modules) {
        super("nav.tasks.mine", board, work, export, documents, policy, modules);
        setId("tasks");
    }

    @Override
    Long unitId() {
        return null;
    }

    @Override
    boolean ownUnitOnly() {
        return true;
    }
}
