package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;

/**
 * Switches a grid between its table columns on a wide window and one card column on a narrow one. A phone has no
 * room for five or six columns: they shrink to a word each ("Tiếp tụ…") and push the rest off screen, so there each
 * row becomes a card that stacks the same values. Columns cannot be hidden from CSS, so the width is read from the
 * browser when the grid is attached and again on every resize.
 */
public final class CompactColumns {

    /** The width up to which the narrow layout of styles/trienkhai.css applies too. */
    static final int NARROW_MAX_WIDTH = 800;

    private CompactColumns() {
    }

    /** Shows {@code card} alone on a narrow window and every other column on a wide one; wide until the width is known. */
    public static <T> void install(Grid<T> grid, Grid.Column<T> card) {
        show(grid, card, false);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(grid, card, isNarrow(details.getWindowInnerWidth())));
            Registration resize = page.addBrowserWindowResizeListener(event -> show(grid, card, isNarrow(event.getWidth())));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** A width of zero or less is one the browser has not reported: the table stays until it does. */
    private static boolean isNarrow(int width) {
        return width > 0 && width <= NARROW_MAX_WIDTH;
    }

    private static <T> void show(Grid<T> grid, Grid.Column<T> card, boolean narrow) {
        grid.getColumns().forEach(column -> column.setVisible(column == card ? narrow : !narrow));
    }
}
