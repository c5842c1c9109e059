package vn.trienkhai.app.ui.task;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.WorkspaceModules;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.task.TaskBoard;
import vn.trienkhai.core.task.TaskExport;
import vn.trienkhai.core.task.TaskWork;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.UnitPicker;

/**
 * "Việc của đơn vị": the parts of every unit under the chosen one, by default the whole scope of the user; opened
 * from the dashboard on a unit, timeliness states and deadlines ({@link UnitTasksLink}).
 */
@Route(value = "tasks/unit", layout = MainLayout.class)
@Prototype
public class UnitTasksView extends TaskListView implements BeforeEnterObserver {

    private final UnitPicker unit;

    UnitTasksView(TaskBoard board, TaskWork work, TaskExport export, DocumentRegistry documents, AccessPolicy policy,
                  WorkspaceModules modules, UnitService units) {
        this(board, work, export, documents, policy, modules, picker(units));
    }

    private UnitTasksView(TaskBoard board, TaskWork work, TaskExport export, DocumentRegistry documents, AccessPolicy policy,
                          WorkspaceModules modules, UnitPicker unit) {
        super("nav.tasks.unit", board, work, export, documents, policy, modules, unit);
        this.unit = unit;
        setId("tasks-unit");
        unit.addValueChangeListener(change -> refresh());
    }

    private static UnitPicker picker(UnitService units) {
        Actor actor = WorkspaceSession.actor();
        UnitPicker picker = new UnitPicker(TaskLabels.t("tasks.column.unit"), units.tree(actor, false));
        picker.setId("task-unit");
        picker.setWidth("16rem");
        // cleared, the list falls back to the scope, which is what the picker then shows
        return picker.select(UnitPath.ids(actor.scopePath()).getLast());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UnitTasksLink link = UnitTasksLink.read(event.getLocation().getQueryParameters());
        if (!link.isEmpty()) {
            // a unit outside the picker's tree (out of scope) is not chosen: the list stays on the scope
            unit.select(link.unitId());
            filters().show(link.timeliness(), link.dueFrom(), link.dueTo());
        }
    }

    @Override
    Long unitId() {
        Unit chosen = unit == null ? null : unit.getValue();
        return chosen == null ? null : chosen.id();
    }

    @Override
    boolean ownUnitOnly() {
        return false;
    }
}
