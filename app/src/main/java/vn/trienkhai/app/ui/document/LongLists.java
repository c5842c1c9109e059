package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.grid.Grid;

/**
 * The height of a draft's lists (unit names, tasks): a short list shows all its rows, a long one a screenful
 * that scrolls, so that a plan of forty tasks does not make the page ten thousand pixels long.
 */
final class LongLists {

    private static final int SHOWN_WHOLE = 4;
    private static final String SCREENFUL = "60vh";

    private LongLists() {
    }

    static void bound(Grid<?> grid, int rows) {
        if (rows <= SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight(SCREENFUL);
        }
    }
}
