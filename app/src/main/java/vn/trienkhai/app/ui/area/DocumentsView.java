package vn.trienkhai.app.ui.area;

import com.vaadin.flow.router.Route;
import vn.trienkhai.app.ui.MainLayout;

@Route(value = "documents", layout = MainLayout.class)
public class DocumentsView extends PlannedArea {

    public DocumentsView() {
        super("nav.documents", "vaadin:file-text-o");
    }
}
