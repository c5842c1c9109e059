package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import vn.trienkhai.core.document.DocumentModel.Cascade;
import vn.trienkhai.core.document.DocumentModel.CascadeNode;
import vn.trienkhai.core.document.DocumentModel.Document;

import java.util.List;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/** The cascade as a tree: the central directive at the top, down through this document to every plan that implements it. */
class CascadeTree extends TreeGrid<Document> {

    CascadeTree(Cascade cascade) {
        setId("document-cascade");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addHierarchyColumn(CascadeTree::symbol).setHeader(getTranslation("documents.column.number")).setAutoWidth(true);
        addColumn(Document::title).setHeader(getTranslation("documents.column.title")).setFlexGrow(3);
        addColumn(CascadeTree::issuedOn).setHeader(getTranslation("documents.column.date")).setAutoWidth(true);
        addColumn(this::status).setHeader(getTranslation("documents.column.status")).setAutoWidth(true);
        Column<Document> card = addComponentHierarchyColumn(document -> new RowCard(symbol(document), document.title(),
                List.of(issuedOn(document), status(document))))
                .setKey("card").setHeader(getTranslation("documents.column.title"));
        CompactColumns.install(this, card);
        TreeData<Document> data = new TreeData<>();
        Document parent = null;
        for (Document ancestor : cascade.ancestors()) {
            data.addItem(parent, ancestor);
            parent = ancestor;
        }
        add(data, parent, cascade.tree());
        setDataProvider(new TreeDataProvider<>(data));
        expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        select(cascade.tree().document());
        setAllRowsVisible(true);
        addItemClickListener(click -> UI.getCurrent().navigate(DocumentView.class, click.getItem().id()));
    }

    private String status(Document document) {
        return getTranslation("document.status." + document.status().name());
    }

    private static String symbol(Document document) {
        return document.symbol() == null ? "—" : document.symbol();
    }

    private static String issuedOn(Document document) {
        return document.issuedOn() == null ? "" : DATE.format(document.issuedOn());
    }

    private static void add(TreeData<Document> data, Document parent, CascadeNode node) {
        data.addItem(parent, node.document());
        node.implementedBy().forEach(child -> add(data, node.document(), child));
    }
}
