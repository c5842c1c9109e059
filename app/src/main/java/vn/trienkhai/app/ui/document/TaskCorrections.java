package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.trienkhai.core.document.parsing.ParsedTask;

import java.util.List;

/**
 * The tasks read from a plan, each with its text and deadline open to correction and a box to leave it out:
 * the parser prefers leaving a field empty to guessing, so the user completes rather than undoes. Each task is one
 * row across the whole width; a plan of many tasks scrolls inside the list instead of making the page thousands of
 * pixels long.
 */
class TaskCorrections extends Grid<TaskCard> {

    private final List<TaskCard> cards;

    TaskCorrections(List<ParsedTask> tasks) {
        setId("import-tasks");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        cards = tasks.stream().map(TaskCard::new).toList();
        addComponentColumn(card -> card).setKey("task");
        setItems(cards);
        LongLists.bound(this, cards.size());
    }

    /** The tasks as corrected: unchecked ones left out; a changed date becomes a date deadline. */
    List<ParsedTask> corrected() {
        return cards.stream().filter(TaskCard::kept).map(TaskCard::corrected).toList();
    }
}
