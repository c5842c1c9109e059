package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.task.TaskAttachments;
import vn.trienkhai.core.task.TaskModel.Entry;
import vn.trienkhai.core.task.TaskModel.EntryFile;
import vn.trienkhai.core.task.TaskModel.EntryKind;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What was reported, said and changed on a task, newest first: the reviews read it backwards from today. A progress
 * report shows its files as download links; the unit that may report on the part may add one later.
 */
final class TaskHistory extends Div {

    private final TaskAttachments attachments;
    private final PartDialogs dialogs;
    private final Set<Long> reportableParts;
    private final Actor actor = WorkspaceSession.actor();

    TaskHistory(List<Entry> entries, Set<Long> reportableParts, TaskAttachments attachments, PartDialogs dialogs) {
        this.attachments = attachments;
        this.dialogs = dialogs;
        this.reportableParts = reportableParts;
        setId("task-history");
        addClassName("tk-history");
        if (entries.isEmpty()) {
            add(new EmptyState("vaadin:clock", TaskLabels.t("task.history.empty"), null));
            return;
        }
        List<Entry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        UnorderedList list = new UnorderedList();
        newestFirst.forEach(entry -> list.add(item(entry)));
        add(list);
    }

    private ListItem item(Entry entry) {
        Span head = new Span(String.join(" · ", TaskLabels.date(entry.date()), entry.unitName(), entry.author(),
                TaskLabels.t("task.entry." + entry.kind().name())));
        head.addClassName("tk-history-head");
        ListItem item = new ListItem(head);
        item.addClassName("tk-history-" + entry.kind().name().toLowerCase(Locale.ROOT));
        if (entry.from() != null && entry.to() != null) {
            item.add(new Paragraph(TaskLabels.t("task.entry.status-change", TaskLabels.t("task.status." + entry.from().name()),
                    TaskLabels.t("task.status." + entry.to().name()))));
        }
        if (entry.percent() != null) {
            item.add(new Paragraph(TaskLabels.t("tasks.column.percent") + ": " + entry.percent() + "%"));
        }
        if (entry.text() != null) {
            Paragraph text = new Paragraph(entry.text());
            text.addClassName("tk-history-text");
            item.add(text);
        }
        boolean mayAttach = entry.kind() == EntryKind.PROGRESS && reportableParts.contains(entry.partId());
        if (!entry.files().isEmpty() || mayAttach) {
            Div files = new Div();
            files.addClassName("tk-history-files");
            entry.files().forEach(file -> files.add(link(file)));
            if (mayAttach) {
                Button attach = new Button(TaskLabels.t("task.files.add"), new Icon("vaadin:paperclip"), click -> dialogs.attach(entry).open());
                attach.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                attach.addClassName("task-attach");
                files.add(attach);
            }
            item.add(files);
        }
        return item;
    }

    /** The file's name and size, downloaded under its own name. */
    private Anchor link(EntryFile file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            TaskAttachments.Download download = attachments.open(actor, file.id());
            return new DownloadResponse(download.content(), file.fileName(), file.contentType(), file.sizeBytes());
        }), file.fileName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB)");
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("tk-history-file");
        return anchor;
    }
}
