package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.unit.UnitNameMatcher;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.RequiresOperation;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.VietnameseUpload;

import java.io.ByteArrayInputStream;

/**
 * Importing a plan: paste its text or upload a file, read it into a draft, check and correct the draft below
 * the text, map the unit names to the tree, and save it all in one go.
 */
@Route(value = "documents/import", layout = MainLayout.class)
@RequiresOperation(Operation.DOCUMENT_IMPORT)
@Prototype
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** The text fills the screen until it is read, then makes room for the draft, which spans the page below it. */
    private static final String TEXT_ALONE = "60vh";
    private static final String TEXT_ABOVE_DRAFT = "30vh";

    private final DocumentImport importer;
    private final UnitService units;
    private final UnitNameMatcher matcher;
    private final TextArea text = new TextArea();
    private final VerticalLayout draftArea = new VerticalLayout();
    /** The last refusal shown, closed as soon as a later attempt succeeds so that no stale error stays. */
    private Notification lastError;

    ImportView(DocumentImport importer, UnitService units, UnitNameMatcher matcher) {
        this.importer = importer;
        this.units = units;
        this.matcher = matcher;
        setId("import");
        text.setLabel(getTranslation("import.text"));
        text.setPlaceholder(getTranslation("import.text.placeholder"));
        text.setWidthFull();
        text.setId("import-text");
        var actor = WorkspaceSession.actor();
        Upload upload = new VietnameseUpload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                text.setValue(importer.fileText(actor, metadata.fileName(), metadata.contentType(), new ByteArrayInputStream(bytes)));
                closeError();
            } catch (DomainException refused) {
                showError(refused.getMessage());
            }
        }))), DocumentImport.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".txt", ".docx", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.addFileRejectedListener(rejected -> showError(getTranslation("import.file.type")));
        Button read = new Button(getTranslation("import.read"), new Icon("vaadin:magic"), click -> read());
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.setId("import-read");
        draftArea.setPadding(false);
        HorizontalLayout input = new HorizontalLayout(upload, read);
        input.setAlignItems(Alignment.CENTER);
        input.setWrap(true);
        draftArea.setWidthFull();
        text.setHeight(TEXT_ALONE);
        add(new PageHeader(getTranslation("documents.import"), getTranslation("import.subtitle")), input, text, draftArea);
    }

    private void read() {
        try {
            ImportDraft draft = importer.preview(WorkspaceSession.actor(), text.getValue());
            closeError();
            draftArea.removeAll();
            draftArea.add(new DraftEditor(draft, text.getValue(), importer, units, matcher,
                    saved -> UI.getCurrent().navigate(DocumentView.class, saved.id())));
            text.setHeight(TEXT_ABOVE_DRAFT);
            draftArea.scrollIntoView(ScrollIntoViewOption.Block.START);
        } catch (DomainException refused) {
            showError(refused.getMessage());
        }
    }

    private void showError(String message) {
        closeError();
        lastError = Toasts.error(message);
    }

    private void closeError() {
        if (lastError != null) {
            lastError.close();
            lastError = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.import") + " · " + getTranslation("app.name");
    }
}
