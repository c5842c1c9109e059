package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.parsing.CitedDocument;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitNameMatcher;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/**
 * The draft read from a plan, for the user to check and correct before saving: the header fields, the issuing
 * unit, for every unit name the draft found the unit of the tree it means (suggested, changeable), and the tasks.
 */
class DraftEditor extends VerticalLayout {

    private final ImportDraft draft;
    private final RefusedFields refusable = new RefusedFields();
    private final TextField symbol = new TextField();
    private final Select<DocumentKind> kind = new Select<>();
    private final VietnameseDatePicker issuedOn;
    private final TextField place = new TextField();
    private final TextArea title = new TextArea();
    private final ComboBox<Unit> issuer;
    private final Paragraph problem = new Paragraph();
    private final UnitMappings mappings;
    private final TaskCorrections tasks;

    DraftEditor(ImportDraft draft, String fullText, DocumentImport importer, UnitService units, UnitNameMatcher matcher,
                Consumer<Document> saved) {
        this.draft = draft;
        this.issuedOn = new VietnameseDatePicker(getTranslation("documents.column.date"), draft.issuedOn());
        setPadding(false);
        setId("import-draft");
        List<Unit> tree = units.tree(WorkspaceSession.actor(), false);
        this.issuer = new UnitPicker(getTranslation("import.issuer"), tree);
        this.mappings = new UnitMappings(draft, tree, matcher);
        this.tasks = new TaskCorrections(draft.tasks());
        add(new H3(getTranslation("import.draft")), header());
        add(new H3(getTranslation("import.units")), new Paragraph(getTranslation("import.units.hint")), mappings);
        add(new H3(getTranslation("import.tasks")), tasks);
        add(new Paragraph(getTranslation("import.summary", draft.tasks().size(), draft.targets().size(), draft.recipients().size())));
        problem.addClassName("tk-form-problem");
        problem.setVisible(false);
        Button save = new Button(getTranslation("import.save"), new Icon("vaadin:check"), click -> save(importer, fullText, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("import-save");
        add(problem, save);
    }

    /** The header fields in form order, each registered under the name a refusal gives it. */
    private FormLayout header() {
        symbol.setLabel(getTranslation("documents.column.number"));
        symbol.setId("import-symbol");
        symbol.setValue(draft.symbol() == null ? "" : draft.symbol());
        kind.setLabel(getTranslation("documents.column.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("document.kind." + value.name()));
        kind.setValue(draft.kind());
        place.setLabel(getTranslation("import.place"));
        place.setValue(draft.place() == null ? "" : draft.place());
        title.setLabel(getTranslation("documents.column.title"));
        title.setValue(draft.title() == null ? "" : draft.title());
        issuer.setWidthFull();
        // the citations are read from the text: a refused one is corrected there, but marked here
        TextField implemented = citations("import.implements", draft.implementsDocs());
        TextField basedOn = citations("import.based-on", draft.basedOn());
        FormLayout form = new FormLayout(refusable.add(symbol, "symbol"), refusable.add(kind, "kind"),
                refusable.add(issuedOn, "issuedOn"), refusable.add(place, "place"), refusable.add(issuer, "issuingUnitId"),
                refusable.add(title, "title"), refusable.add(implemented, "implements", "mentioned"), refusable.add(basedOn, "basedOn"));
        form.setColspan(title, 2);
        form.setColspan(implemented, 2);
        form.setColspan(basedOn, 2);
        return form;
    }

    private TextField citations(String labelKey, List<CitedDocument> cited) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(cited.isEmpty() ? "—" : cited.stream().map(DraftEditor::cited).collect(Collectors.joining("; ")));
        field.setReadOnly(true);
        return field;
    }

    private void save(DocumentImport importer, String fullText, Consumer<Document> saved) {
        refusable.clear();
        problem.setVisible(false);
        ImportDraft corrected = new ImportDraft(symbol.getValue().isBlank() ? null : symbol.getValue().strip(), draft.number(),
                kind.getValue(), draft.issuerCode(), issuedOn.getValue(), place.getValue().isBlank() ? null : place.getValue().strip(),
                title.getValue(), draft.implementsDocs(), draft.basedOn(), draft.mentioned(), draft.sections(), draft.targets(),
                tasks.corrected(), draft.recipients(), draft.signer());
        try {
            Document document = importer.save(WorkspaceSession.actor(), new SaveImportRequest(corrected, fullText,
                    issuer.getValue() == null ? null : issuer.getValue().id(), mappings.chosen()));
            Toasts.success(getTranslation("import.saved", document.symbol() == null ? document.title() : document.symbol()));
            saved.accept(document);
        } catch (DomainException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.fieldErrors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
            refusable.mark(errors);
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }

    private static String cited(CitedDocument cited) {
        return cited.symbol() + (cited.issuedOn() == null ? "" : " (" + DATE.format(cited.issuedOn()) + ")");
    }
}
