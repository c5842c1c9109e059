package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitNameMatcher;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/**
 * The draft read from a plan, for the user to check and correct before saving: the header fields, the issuing
 * unit, and for every unit name the draft found, the unit of the tree it means (suggested, changeable).
 */
class DraftEditor extends VerticalLayout {

    private final ImportDraft draft;
    private final TextField symbol = new TextField();
    private final Select<DocumentKind> kind = new Select<>();
    private final VietnameseDatePicker issuedOn;
    private final TextField place = new TextField();
    private final TextArea title = new TextArea();
    private final ComboBox<Unit> issuer;
    private final Map<String, ComboBox<Unit>> unitChoices = new LinkedHashMap<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Paragraph problem = new Paragraph();
    private final TaskCorrections tasks;

    DraftEditor(ImportDraft draft, String fullText, DocumentImport importer, UnitService units, UnitNameMatcher matcher,
                Consumer<Document> saved) {
        this.draft = draft;
        this.issuedOn = new VietnameseDatePicker(getTranslation("documents.column.date"), draft.issuedOn());
        setPadding(false);
        setId("import-draft");
        List<Unit> tree = units.tree(WorkspaceSession.actor(), false);
        this.issuer = unitBox(getTranslation("import.issuer"), tree, null);
        add(new H3(getTranslation("import.draft")), header(), citations());
        add(new H3(getTranslation("import.units")), new Paragraph(getTranslation("import.units.hint")), unitGrid(tree, matcher));
        tasks = new TaskCorrections(draft.tasks());
        add(new H3(getTranslation("import.tasks")), tasks);
        add(new Paragraph(getTranslation("import.summary", draft.tasks().size(), draft.targets().size(), draft.recipients().size())));
        problem.addClassName("tk-form-problem");
        problem.setVisible(false);
        Button save = new Button(getTranslation("import.save"), new Icon("vaadin:check"), click -> save(importer, fullText, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("import-save");
        add(problem, save);
    }

    private FormLayout header() {
        symbol.setLabel(getTranslation("documents.column.number"));
        symbol.setValue(draft.symbol() == null ? "" : draft.symbol());
        kind.setLabel(getTranslation("documents.column.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("document.kind." + value.name()));
        kind.setValue(draft.kind());
        place.setLabel(getTranslation("import.place"));
        place.setValue(draft.place() == null ? "" : draft.place());
        title.setLabel(getTranslation("documents.column.title"));
        title.setValue(draft.title() == null ? "" : draft.title());
        fields.putAll(Map.of("symbol", symbol, "kind", kind, "title", title, "issuedOn", issuedOn, "issuingUnitId", issuer));
        FormLayout form = new FormLayout(symbol, kind, issuedOn, place, issuer, title);
        form.setColspan(title, 2);
        return form;
    }

    private Paragraph citations() {
        String implemented = draft.implementsDocs().stream().map(DraftEditor::cited).collect(Collectors.joining("; "));
        String basedOn = draft.basedOn().stream().map(DraftEditor::cited).collect(Collectors.joining("; "));
        return new Paragraph(getTranslation("import.implements") + ": " + (implemented.isEmpty() ? "—" : implemented)
                + (basedOn.isEmpty() ? "" : " · " + getTranslation("import.based-on") + ": " + basedOn));
    }

    /** One row per unit name the draft uses (lead, coordinating, recipient), with the unit it is mapped to. */
    private Grid<String> unitGrid(List<Unit> tree, UnitNameMatcher matcher) {
        List<String> names = draft.tasks().stream()
                .flatMap(task -> java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(task.leadUnit()), task.coordinatingUnits().stream()))
                .distinct().toList();
        names.forEach(name -> unitChoices.put(name, unitBox(null, tree, matcher.best(name, tree).orElse(null))));
        Grid<String> grid = new Grid<>();
        grid.setId("import-units");
        grid.addColumn(name -> name).setHeader(getTranslation("import.units.name")).setFlexGrow(2);
        grid.addColumn(name -> draft.tasks().stream().filter(task -> name.equals(task.leadUnit())).map(ParsedTask::section)
                .distinct().collect(Collectors.joining(", "))).setHeader(getTranslation("import.units.leads")).setAutoWidth(true);
        grid.addComponentColumn(unitChoices::get).setHeader(getTranslation("import.units.unit")).setFlexGrow(2);
        grid.setItems(names);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void save(DocumentImport importer, String fullText, Consumer<Document> saved) {
        fields.values().forEach(field -> field.setInvalid(false));
        problem.setVisible(false);
        if (!headerComplete()) {
            return;
        }
        ImportDraft corrected = new ImportDraft(symbol.getValue().isBlank() ? null : symbol.getValue().strip(), draft.number(),
                kind.getValue(), draft.issuerCode(), issuedOn.getValue(), place.getValue().isBlank() ? null : place.getValue().strip(),
                title.getValue(), draft.implementsDocs(), draft.basedOn(), draft.mentioned(), draft.sections(), draft.targets(),
                tasks.corrected(), draft.recipients(), draft.signer());
        Map<String, Long> chosen = new HashMap<>();
        unitChoices.forEach((name, box) -> {
            if (box.getValue() != null) {
                chosen.put(name, box.getValue().id());
            }
        });
        try {
            Document document = importer.save(WorkspaceSession.actor(), new SaveImportRequest(corrected, fullText,
                    issuer.getValue() == null ? null : issuer.getValue().id(), chosen));
            Toasts.success(getTranslation("import.saved", document.symbol() == null ? document.title() : document.symbol()));
            saved.accept(document);
        } catch (DomainException refused) {
            refused.fieldErrors().forEach(error -> {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            });
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }

    /**
     * Marks each missing header field (number, date, issuer: a unit chosen or an issuer code read from the number)
     * before asking the server: a document without them cannot be cited nor numbered.
     */
    private boolean headerComplete() {
        Map<HasValidation, Boolean> missing = new LinkedHashMap<>();
        missing.put(symbol, symbol.getValue().isBlank());
        missing.put(issuedOn, issuedOn.getValue() == null);
        missing.put(issuer, issuer.getValue() == null && draft.issuerCode() == null);
        missing.forEach((field, absent) -> {
            if (absent) {
                field.setErrorMessage(getTranslation("import.field.required"));
                field.setInvalid(true);
            }
        });
        missing.entrySet().stream().filter(Map.Entry::getValue).findFirst()
                .ifPresent(first -> ((com.vaadin.flow.component.Focusable<?>) first.getKey()).focus());
        return !missing.containsValue(true);
    }

    private static ComboBox<Unit> unitBox(String label, List<Unit> tree, Unit initial) {
        UnitPicker box = new UnitPicker(label, tree);
        box.setValue(initial);
        box.setWidthFull();
        return box;
    }

    private static String cited(CitedDocument cited) {
        return cited.symbol() + (cited.issuedOn() == null ? "" : " (" + DATE.format(cited.issuedOn()) + ")");
    }
}
