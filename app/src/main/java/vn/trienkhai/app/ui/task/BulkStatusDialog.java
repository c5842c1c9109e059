package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskRequests.BulkStatusChange;
import vn.trienkhai.core.task.TaskRequests.PartVersion;
import vn.trienkhai.core.task.TaskWork;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;

import java.util.List;
import java.util.Set;

/** One status for every selected line, all or none: a refusal of one changes nothing and is shown here. */
final class BulkStatusDialog extends FormDialog {

    BulkStatusDialog(TaskWork work, Set<TaskLine> selected, Runnable changed) {
        this(work, List.copyOf(selected), changed, new StatusSelect(), new TextArea());
    }

    private BulkStatusDialog(TaskWork work, List<TaskLine> lines, Runnable changed, StatusSelect status, TextArea note) {
        super(TaskLabels.t("tasks.bulk.title"), TaskLabels.t("tasks.bulk.save"), () -> {
            List<PartVersion> parts = lines.stream().map(line -> new PartVersion(line.partId(), line.version())).toList();
            work.changeStatus(WorkspaceSession.actor(), new BulkStatusChange(parts, status.getValue(), note.getValue()));
            Toasts.success(TaskLabels.t("tasks.bulk.saved", parts.size()));
            changed.run();
        });
        setId("task-bulk-dialog");
        addWide(new Paragraph(TaskLabels.t("tasks.bulk.selected", lines.size())));
        field("status", status);
        note.setLabel(TaskLabels.t("task.part.note"));
        wideField("note", note);
    }
}
