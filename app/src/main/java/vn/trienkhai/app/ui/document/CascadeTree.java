package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import vn.trienkhai.core.document.DocumentModel.Cascade;
import vn.trienkhai.core.document.DocumentModel.CascadeNode;
import vn.trienkhai.core.document.DocumentModel.Document;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/** The cascade as a tree: the central directive at the top, down through this document to every plan that implements it. */
class CascadeTree extends TreeGrid<Document> {

    CascadeTree(Cascade cascade) {
        setId("document-cascade");
        addHierarchyColumn(document -> document.symbol() == null ? "—" : document.symbol())
                .setHeader(getTranslation("documents.column.number")).setAutoWidth(true);
        addColumn(Document::title).setHeader(getTranslation("documents.column.title")).setFlexGrow(3);
        addColumn(document -> document.issuedOn() == null ? "" : DATE.format(document.issuedOn()))
                .setHeader(getTranslation("documents.column.date")).setAutoWidth(true);
        addColumn(document -> getTranslation("document.status." + document.status().name()))
                .setHeader(getTranslation("documents.column.status")).setAutoWidth(true);
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

    private static void add(TreeData<Document> data, Document parent, CascadeNode node) {
        data.addItem(parent, node.document());
        node.implementedBy().forEach(child -> add(data, node.document(), child));
    }
}
