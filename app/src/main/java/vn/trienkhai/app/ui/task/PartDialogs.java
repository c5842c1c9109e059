package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.file.StoredFiles;
import vn.trienkhai.core.task.TaskAttachments;
import vn.trienkhai.core.task.TaskModel.Entry;
import vn.trienkhai.core.task.TaskModel.Part;
import vn.trienkhai.core.task.TaskRequests.CommentRequest;
import vn.trienkhai.core.task.TaskRequests.ProgressReport;
import vn.trienkhai.core.task.TaskRequests.StatusChange;
import vn.trienkhai.core.task.TaskWork;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.VietnameseUpload;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * The three things a unit does on its part: report progress (with its files), change the status, comment, and a file
 * added later to a progress report. The service validates;
 * each refusal lands on the field it names. A part someone else changed meanwhile cannot be fixed in the dialog:
 * the message says so and the page is read again, so that the user sees what changed before trying again.
 */
final class PartDialogs {

    private static final String STALE = "task.changed-by-someone-else";

    private final TaskWork work;
    private final TaskAttachments attachments;
    private final Runnable reload;

    PartDialogs(TaskWork work, TaskAttachments attachments, Runnable reload) {
        this.work = work;
        this.attachments = attachments;
        this.reload = reload;
    }

    FormDialog report(Part part) {
        VietnameseDatePicker date = new VietnameseDatePicker(TaskLabels.t("task.part.report.date"), LocalDate.now());
        TextArea text = new TextArea(TaskLabels.t("task.part.report.text"));
        IntegerField percent = new IntegerField(TaskLabels.t("tasks.column.percent"));
        percent.setValue(part.percent());
        percent.setSuffixComponent(new Span("%"));
        ReportFiles files = new ReportFiles();
        FormDialog dialog = new FormDialog(TaskLabels.t("task.part.report"), TaskLabels.t("task.part.save"), () -> saved(() ->
                work.report(WorkspaceSession.actor(), part.id(), new ProgressReport(date.getValue(), text.getValue(), percent.getValue(),
                        part.version()), files.files()), "task.part.report.saved"));
        dialog.setId("task-report-dialog");
        dialog.field("date", date);
        dialog.field("percent", percent);
        dialog.wideField("text", text);
        dialog.addWide(files);
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

    /** Adds files one by one to a progress entry already saved; the page is read again when the dialog closes. */
    Dialog attach(Entry entry) {
        Dialog dialog = new Dialog(TaskLabels.t("task.files.add"));
        dialog.setId("task-attach-dialog");
        dialog.setWidth("min(32rem, 100vw)");
        Upload upload = new VietnameseUpload(UploadHandler.inMemory((metadata, bytes) -> dialog.getUI().ifPresent(ui -> ui.access(() -> {
            try {
                attachments.add(WorkspaceSession.actor(), entry.id(), metadata.fileName(), new ByteArrayInputStream(bytes));
                Toasts.success(TaskLabels.t("task.files.added", metadata.fileName()));
            } catch (DomainException refused) {
                Toasts.error(refused.getMessage());
            }
        }))), StoredFiles.MAX_BYTES);
        upload.setId("task-attach-upload");
        upload.addFileRejectedListener(rejected -> Toasts.error(rejected.getFileName() + ": " + rejected.getErrorMessage()));
        dialog.add(new Paragraph(TaskLabels.t("task.files.add.hint", TaskLabels.date(entry.date()))), upload);
        dialog.getFooter().add(new Button(TaskLabels.t("task.files.close"), click -> dialog.close()));
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                reload.run();
            }
        });
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
