package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;

import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/** The document registry: filters by kind, issuer, year, status and free text; page by page; newest first. */
@Route(value = "documents", layout = MainLayout.class)
@Prototype
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DocumentRegistry registry;
    private final Grid<Document> grid = new Grid<>();
    private final Select<DocumentKind> kind = new Select<>();
    private final TextField issuer = new TextField();
    private final IntegerField year = new IntegerField();
    private final Select<Status> status = new Select<>();
    private final TextField text = new TextField();

    DocumentsView(DocumentRegistry registry, AccessPolicy policy) {
        this.registry = registry;
        setId("documents");
        setSizeFull();
        Button importPlan = new Button(getTranslation("documents.import"), new Icon("vaadin:upload"),
                click -> UI.getCurrent().navigate(ImportView.class));
        importPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importPlan.setId("document-import");
        importPlan.setVisible(policy.allows(WorkspaceSession.actor(), Operation.DOCUMENT_IMPORT));
        grid.setId("document-grid");
        grid.addColumn(document -> document.symbol() == null ? "—" : document.symbol()).setHeader(getTranslation("documents.column.number")).setAutoWidth(true);
        grid.addColumn(document -> getTranslation("document.kind." + document.kind().name())).setHeader(getTranslation("documents.column.kind")).setAutoWidth(true);
        grid.addColumn(document -> document.issuedOn() == null ? "" : DATE.format(document.issuedOn())).setHeader(getTranslation("documents.column.date")).setAutoWidth(true);
        grid.addColumn(Document::title).setHeader(getTranslation("documents.column.title")).setFlexGrow(3);
        grid.addColumn(document -> getTranslation("document.status." + document.status().name())).setHeader(getTranslation("documents.column.status")).setAutoWidth(true);
        grid.setItems(this::page, query -> (int) search(Pageable.from(0, 1)).getTotalSize());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(DocumentView.class, click.getItem().id()));
        // a search that finds nothing says so, instead of showing an empty table
        grid.setEmptyStateComponent(new EmptyState("vaadin:search", getTranslation("documents.empty"), getTranslation("documents.empty.hint")));
        grid.setSizeFull();
        add(new PageHeader(getTranslation("nav.documents"), getTranslation("documents.subtitle"), importPlan), filters(), grid);
    }

    private HorizontalLayout filters() {
        kind.setLabel(getTranslation("documents.column.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("documents.any") : getTranslation("document.kind." + value.name()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("documents.any"));
        status.setLabel(getTranslation("documents.column.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("documents.any") : getTranslation("document.status." + value.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("documents.any"));
        issuer.setLabel(getTranslation("documents.issuer"));
        issuer.setPlaceholder("TU, HU…");
        issuer.setWidth("8rem");
        year.setLabel(getTranslation("documents.year"));
        year.setWidth("8rem");
        text.setLabel(getTranslation("documents.search"));
        text.setPlaceholder(getTranslation("documents.search.hint"));
        text.setWidth("20rem");
        text.setId("document-search");
        Stream.of(issuer, text).forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        });
        kind.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        issuer.addValueChangeListener(change -> refresh());
        year.addValueChangeListener(change -> refresh());
        text.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, kind, issuer, year, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Stream<Document> page(Query<Document, Void> query) {
        return search(Pageable.from(query.getPage(), query.getPageSize())).getContent().stream();
    }

    private Page<Document> search(Pageable pageable) {
        return registry.search(WorkspaceSession.actor(),
                new DocumentFilter(kind.getValue(), issuer.getValue(), year.getValue(), status.getValue(), text.getValue()), pageable);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.documents") + " · " + getTranslation("app.name");
    }
}
