package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentEditor;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.DocumentDetails;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRequests.UpdateDocumentRequest;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.util.List;

/**
 * The "Sửa" and "Xóa" actions of a document's page, for those who hold it. The service decides again and checks
 * the version read here, so a correction made meanwhile is refused, not overwritten.
 */
final class DocumentCorrection {

    private final DocumentEditor editor;
    private final Actor actor;
    private final DocumentDetails details;
    private final List<Unit> tree;

    DocumentCorrection(DocumentEditor editor, Actor actor, DocumentDetails details, List<Unit> tree) {
        this.editor = editor;
        this.actor = actor;
        this.details = details;
        this.tree = tree;
    }

    Component[] actions() {
        Button edit = new Button(t("document.edit"), new Icon("vaadin:edit"), click -> openEditor());
        edit.setId("document-edit");
        Button delete = new Button(t("document.delete"), new Icon("vaadin:trash"), click -> openDeletion());
        delete.setId("document-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Component[] {edit, delete};
    }

    private void openEditor() {
        Document document = details.document();
        TextField number = FormDialog.textField(t("documents.column.number"), document.symbol());
        ComboBox<DocumentKind> kind = new ComboBox<>(t("documents.column.kind"), DocumentKind.values());
        kind.setItemLabelGenerator(value -> t("document.kind." + value.name()));
        kind.setValue(document.kind());
        VietnameseDatePicker issuedOn = new VietnameseDatePicker(t("documents.column.date"), document.issuedOn());
        TextField place = FormDialog.textField(t("import.place"), document.place());
        TextArea title = new TextArea(t("documents.column.title"));
        title.setValue(document.title());
        UnitPicker issuer = new UnitPicker(t("import.issuer"), tree).select(document.issuingUnitId());
        TextField externalIssuer = FormDialog.textField(t("document.external-issuer"), document.externalIssuer());
        Select<Status> status = new Select<>();
        status.setLabel(t("documents.column.status"));
        status.setItems(Status.ISSUED, Status.RECEIVED);
        status.setItemLabelGenerator(value -> t("document.status." + value.name()));
        status.setValue(document.status() == Status.CITED ? Status.RECEIVED : document.status());
        TextField signerName = FormDialog.textField(t("document.signer-name"), document.signerName());
        TextField signerCapacity = FormDialog.textField(t("document.signer-capacity"), document.signerCapacity());
        FormDialog dialog = new FormDialog(t("document.edit") + ": " + label(document), t("action.save"), () -> {
            Document saved = editor.update(actor, document.id(), new UpdateDocumentRequest(document.version(), number.getValue(),
                    kind.getValue(), issuedOn.getValue(), place.getValue(), title.getValue(), issuer.getValue() == null ? null : issuer.getValue().id(),
                    externalIssuer.getValue(), status.getValue(), signerName.getValue(), signerCapacity.getValue()));
            Toasts.success(t("document.saved", label(saved)));
            UI.getCurrent().getPage().reload();
        });
        dialog.field("number", number);
        dialog.field("kind", kind);
        dialog.field("issuedOn", issuedOn);
        dialog.field("place", place);
        dialog.field("title", title);
        dialog.field("issuingUnitId", issuer);
        dialog.field("externalIssuer", externalIssuer);
        dialog.field("status", status);
        dialog.field("signerName", signerName);
        dialog.field("signerCapacity", signerCapacity);
        dialog.setId("document-edit-dialog");
        dialog.open();
    }

    private void openDeletion() {
        Document document = details.document();
        FormDialog dialog = new FormDialog(t("document.delete") + ": " + label(document), t("document.delete"), () -> {
            editor.delete(actor, document.id(), document.version());
            Toasts.success(t("document.deleted", label(document)));
            UI.getCurrent().navigate(DocumentsView.class);
        });
        dialog.addWide(new Paragraph(t("document.delete.confirm", details.tasks().size(), details.targets().size())));
        dialog.confirmButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.setId("document-delete-dialog");
        dialog.open();
    }

    private String label(Document document) {
        return document.symbol() != null ? document.symbol() : t("document.kind." + document.kind().name());
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
