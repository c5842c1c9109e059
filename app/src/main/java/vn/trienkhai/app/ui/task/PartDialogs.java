package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.task.TaskModel.Part;
import vn.trienkhai.core.task.TaskRequests.CommentRequest;
import vn.trienkhai.core.task.TaskRequests.ProgressReport;
import vn.trienkhai.core.task.TaskRequests.StatusChange;
import vn.trienkhai.core.task.TaskWork;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.LocalDate;

/**
 * The three things a unit does on its part: report progress, change the status, comment. The service validates;
 * each refusal lands on the field it names. A part someone else changed meanwhile cannot be fixed in the dialog:
 * the message says so and the page is read again, so that the user sees what changed before trying again.
 */
final class PartDialogs {

    private static final String STALE = "task.changed-by-someone-else";

    private final TaskWork work;
    private final Runnable reload;

    PartDialogs(TaskWork work, Runnable reload) {
        this.work = work;
        this.reload = reload;
    }

    FormDialog report(Part part) {
        VietnameseDatePicker date = new VietnameseDatePicker(TaskLabels.t("task.part.report.date"), LocalDate.now());
        TextArea text = new TextArea(TaskLabels.t("task.part.report.text"));
        IntegerField percent = new IntegerField(TaskLabels.t("tasks.column.percent"));
        percent.setValue(part.percent());
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        FormDialog dialog = new FormDialog(TaskLabels.t("task.part.report"), TaskLabels.t("task.part.save"), () -> saved(() ->
                work.report(WorkspaceSession.actor(), part.id(), new ProgressReport(date.getValue(), text.getValue(), percent.getValue(), part.version())),
                "task.part.report.saved"));
        dialog.setId("task-report-dialog");
        dialog.field("date", date);
        dialog.field("percent", percent);
        dialog.wideField("text", text);
        return dialog;
    }

    FormDialog status(Part part) {
        StatusSelect status = new StatusSelect();
        status.setValue(part.status());
        TextArea note = new TextArea(TaskLabels.t("task.part.note"));
        note.setHelperText(TaskLabels.t("task.part.note.hint"));
        note.setValue(part.completionNote() == null ? "" : part.completionNote());
        VietnameseDatePicker doneOn = new VietnameseDatePicker(TaskLabels.t("task.part.done-on"), LocalDate.now());
        doneOn.setVisible(part.status() == TaskStatus.DONE);
        status.addValueChangeListener(change -> doneOn.setVisible(change.getValue() == TaskStatus.DONE));
        FormDialog dialog = new FormDialog(TaskLabels.t("task.part.status"), TaskLabels.t("task.part.save"), () -> saved(() ->
                work.changeStatus(WorkspaceSession.actor(), part.id(), new StatusChange(status.getValue(), note.getValue(),
                        doneOn.isVisible() ? doneOn.getValue() : null, part.version())), "task.part.status.saved"));
        dialog.setId("task-status-dialog");
        dialog.field("status", status);
        dialog.field("doneOn", doneOn);
        dialog.wideField("note", note);
        return dialog;
    }

    FormDialog comment(Part part) {
        TextArea text = new TextArea(TaskLabels.t("task.part.comment.text"));
        FormDialog dialog = new FormDialog(TaskLabels.t("task.part.comment"), TaskLabels.t("task.part.comment.send"), () -> saved(() ->
                work.comment(WorkspaceSession.actor(), part.id(), new CommentRequest(text.getValue())), "task.part.comment.saved"));
        dialog.setId("task-comment-dialog");
        dialog.wideField("text", text);
        return dialog;
    }

    private void saved(Runnable call, String confirmationKey) {
        try {
            call.run();
            Toasts.success(TaskLabels.t(confirmationKey));
        } catch (ConflictException refused) {
            if (!STALE.equals(refused.code())) {
                throw refused;
            }
            Toasts.error(refused.getMessage());
        }
        reload.run();
    }
}
