package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentAttachments;
import vn.trienkhai.core.document.DocumentAttachments.Attachment;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.VietnameseUpload;

import java.io.ByteArrayInputStream;

/** A document's attached files: download links, and an upload for those allowed to register documents. */
class AttachmentsPanel extends VerticalLayout {

    private final DocumentAttachments attachments;
    private final Actor actor;
    private final long documentId;
    private final VerticalLayout list = new VerticalLayout();

    AttachmentsPanel(DocumentAttachments attachments, Actor actor, long documentId, boolean mayAdd) {
        this.attachments = attachments;
        this.actor = actor;
        this.documentId = documentId;
        setPadding(false);
        setId("document-attachments");
        list.setPadding(false);
        list.setSpacing(false);
        add(new H3(getTranslation("document.attachments")), list);
        if (mayAdd) {
            Upload upload = new VietnameseUpload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                try {
                    attachments.add(actor, documentId, metadata.fileName(), new ByteArrayInputStream(bytes));
                    Toasts.success(getTranslation("document.attachment.added", metadata.fileName()));
                    refresh();
                } catch (DomainException refused) {
                    Toasts.error(refused.getMessage());
                }
            }))), DocumentAttachments.MAX_BYTES);
            upload.addFileRejectedListener(rejected -> Toasts.error(getTranslation("attachment.too-large", DocumentAttachments.MAX_BYTES / (1024 * 1024))));
            add(upload);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var files = attachments.list(actor, documentId);
        if (files.isEmpty()) {
            list.add(new Paragraph(getTranslation("document.attachments.none")));
        }
        files.forEach(file -> list.add(link(file)));
    }

    private Anchor link(Attachment file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var download = attachments.open(actor, file.id());
            return new DownloadResponse(download.content(), file.fileName(), file.contentType(), file.sizeBytes());
        }), file.fileName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB)");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
