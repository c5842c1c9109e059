package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.select.Select;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;

/** The status a part moves to, in Vietnamese. */
final class StatusSelect extends Select<TaskStatus> {

    StatusSelect() {
        setLabel(TaskLabels.t("tasks.column.status"));
        setItems(TaskStatus.values());
        setItemLabelGenerator(status -> status == null ? "" : TaskLabels.t("task.status." + status.name()));
    }
}
