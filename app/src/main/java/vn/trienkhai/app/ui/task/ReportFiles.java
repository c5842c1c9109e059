package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.trienkhai.core.file.StoredFiles;
import vn.trienkhai.core.task.TaskAttachments.NewFile;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.VietnameseUpload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files picked in the progress dialog (minutes, photos), held in memory until the report is saved with them, so
 * that a report and its files are kept together or not at all. The service checks each file's type and size.
 */
final class ReportFiles extends Div {

    static final int MAX_FILES = 10;

    /** By name, as the upload's list names them when one is removed; written by the upload's request thread. */
    private final Map<String, NewFile> picked = Collections.synchronizedMap(new LinkedHashMap<>());

    ReportFiles() {
        addClassName("tk-report-files");
        Upload upload = new VietnameseUpload(UploadHandler.inMemory((metadata, bytes) ->
                picked.put(metadata.fileName(), new NewFile(metadata.fileName(), bytes))), StoredFiles.MAX_BYTES);
        upload.setId("task-report-files");
        upload.setMaxFiles(MAX_FILES);
        upload.setI18n(upload.getI18n().setError(upload.getI18n().getError().setTooManyFiles(TaskLabels.t("task.files.too-many", MAX_FILES))));
        upload.addFileRemovedListener(removed -> picked.remove(removed.getFileName()));
        upload.addFileRejectedListener(rejected -> Toasts.error(rejected.getFileName() + ": " + rejected.getErrorMessage()));
        Span label = new Span(TaskLabels.t("task.files"));
        label.addClassName("tk-report-files-label");
        add(label, upload);
    }

    List<NewFile> files() {
        synchronized (picked) {
            return new ArrayList<>(picked.values());
        }
    }
}
