package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.DomEvent;
import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.trienkhai.app.ui.document.DocumentView;
import vn.trienkhai.core.document.DocumentModel.Execution;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.workbench.WorkspaceSession;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document page's tasks, executing units and cascade: whole on a wide window, one card a row on a phone. */
class DocumentPageTest extends WorkspaceUiTest {

    private static final String PLAN = "102-KH/HU";

    @Test
    @SuppressWarnings("unchecked")
    void aClickOnATaskOpensItWholeBelowItsRow() {
        openPlan();
        Grid<Task> tasks = _get(Grid.class, spec -> spec.withId("document-tasks"));
        int longest = IntStream.range(0, GridKt._size(tasks)).boxed()
                .max(Comparator.comparingInt(row -> GridKt._get(tasks, row).text().length())).orElseThrow();
        Task task = GridKt._get(tasks, longest);
        assertFalse(tasks.isDetailsVisible(task));

        GridKt._clickItem(tasks, longest);

        assertTrue(tasks.isDetailsVisible(task), "the click opened the task");
        List<String> lines = _find(GridKt._getItemDetailsComponent(tasks, longest), Paragraph.class).stream().map(Paragraph::getText).toList();
        assertEquals(task.text(), lines.getFirst());
        assertTrue(lines.contains("Trạng thái: Chưa thực hiện"), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("!")), "no missing message key: " + lines);
    }

    @Test
    void aWideWindowShowsTablesAndANarrowOneACardPerRow() {
        openPlan();
        // the tab sheet attaches a tab's content only while it is selected
        Map<Integer, String> grids = Map.of(0, "document-tasks", 2, "document-cascade", 3, "document-execution");
        grids.forEach((tab, id) -> {
            _get(TabSheet.class).setSelectedIndex(tab);
            assertFalse(visibleColumnKeys(grid(id)).contains("card"), id + " on a wide window");
            resizeWindow(390);
            assertEquals(List.of("card"), visibleColumnKeys(grid(id)), id + " on a phone");
            resizeWindow(1366);
            assertTrue(visibleColumnKeys(grid(id)).size() >= 4 && !visibleColumnKeys(grid(id)).contains("card"), id + " wide again");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCardStacksTheValuesOfItsRow() {
        openPlan();
        _get(TabSheet.class).setSelectedIndex(3);
        resizeWindow(390);
        Grid<Execution> execution = (Grid<Execution>) grid("document-execution");
        int row = IntStream.range(0, GridKt._size(execution))
                .filter(index -> GridKt._get(execution, index).plan() == null && GridKt._get(execution, index).daysOverdue() > 0)
                .findFirst().orElseThrow();
        Execution late = GridKt._get(execution, row);
        String card = GridKt._getCellComponent(execution, row, "card").getElement().getTextRecursively();
        assertTrue(card.contains(late.unitName()) && card.contains("Chưa ban hành") && card.contains("Chậm "), card);
    }

    private void openPlan() {
        signIn("tamduong.lanhdao");
        long id = context.getBean(DocumentRegistry.class).search(WorkspaceSession.actor(), new DocumentFilter(null, null, null, null, PLAN),
                        Pageable.from(0, 20)).getContent().stream()
                .filter(document -> PLAN.equals(document.symbol())).findFirst().orElseThrow().id();
        UI.getCurrent().navigate(DocumentView.class, id);
    }

    @SuppressWarnings("unchecked")
    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static List<String> visibleColumnKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(column -> String.valueOf(column.getKey())).toList();
    }

    /**
     * What the browser sends when its window changes size: Vaadin's own "window-resize" event on the UI element, at
     * the end of the 300 ms Page debounces it by.
     */
    private static void resizeWindow(int width) {
        var ui = UI.getCurrent().getElement();
        var size = JsonNodeFactory.instance.objectNode().put("event.w", width).put("event.h", 844).put("for", "trailing");
        ElementUtilsKt._fireDomEvent(ui, new DomEvent(ui, "window-resize", size));
    }
}
