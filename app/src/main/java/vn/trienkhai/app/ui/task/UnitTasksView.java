package vn.trienkhai.app.ui.task;

import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
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

/** "Việc của đơn vị": the parts of every unit under the chosen one, by default the whole scope of the user. */
@Route(value = "tasks/unit", layout = MainLayout.class)
@Prototype
public class UnitTasksView extends TaskListView {

    private final UnitPicker unit;

    UnitTasksView(TaskBoard board, TaskWork work, TaskExport export, DocumentRegistry documents, AccessPolicy policy,
                  UnitService units) {
        this(board, work, export, documents, policy, picker(units));
    }

    private UnitTasksView(TaskBoard board, TaskWork work, TaskExport export, DocumentRegistry documents, AccessPolicy policy,
                          UnitPicker unit) {
        super("nav.tasks.unit", board, work, export, documents, policy, unit);
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
    Long unitId() {
        Unit chosen = unit == null ? null : unit.getValue();
        return chosen == null ? null : chosen.id();
    }

    @Override
    boolean ownUnitOnly() {
        return false;
    }
}
