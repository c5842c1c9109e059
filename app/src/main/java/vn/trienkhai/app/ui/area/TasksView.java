package vn.trienkhai.app.ui.area;

import com.vaadin.flow.router.Route;
import vn.trienkhai.app.ui.MainLayout;

@Route(value = "tasks", layout = MainLayout.class)
public class TasksView extends PlannedArea {

    public TasksView() {
        super("nav.tasks", "vaadin:tasks");
    }
}
