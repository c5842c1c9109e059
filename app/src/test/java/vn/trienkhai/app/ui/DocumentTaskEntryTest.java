package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.document.DocumentView;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.WorkspaceSession;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The district's propaganda officer gives a task by hand on the plan 102-KH/HU, which its page then lists. */
class DocumentTaskEntryTest extends WorkspaceUiTest {

    private static final String PLAN = "102-KH/HU";

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerAddsATaskAndThePageListsIt() {
        signIn("tamduong.tuyengiao");
        long plan = openPlan();
        int before = registry().get(WorkspaceSession.actor(), plan).tasks().size();
        _click(_get(Button.class, spec -> spec.withId("document-task-add")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("document-task-dialog"));
        _get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung")).setValue("Kiểm tra việc treo khẩu hiệu tại các bản");
        MultiSelectComboBox<Unit> leads = _get(dialog, MultiSelectComboBox.class, spec -> spec.withLabel("Đơn vị chủ trì"));
        leads.setValue(Set.of(leads.getListDataView().getItems().filter(unit -> unit.name().equals("Xã Bản Bo")).findFirst().orElseThrow()));
        _get(dialog, DatePicker.class, spec -> spec.withLabel("Thời hạn")).setValue(LocalDate.of(2026, 12, 15));
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertFalse(dialog.isOpened(), "a saved task closes the dialog");
        Grid<Task> tasks = _get(Grid.class, spec -> spec.withId("document-tasks"));
        List<Task> shown = IntStream.range(0, GridKt._size(tasks)).mapToObj(row -> GridKt._get(tasks, row)).toList();
        Task added = shown.getLast();
        assertEquals("Kiểm tra việc treo khẩu hiệu tại các bản", added.text());
        assertEquals("Xã Bản Bo", added.leadUnitName());
        assertEquals(LocalDate.of(2026, 12, 15), added.deadline());
        assertEquals(before + 1, shown.size());
        assertTrue(tasks.isDetailsVisible(added), "the new task is opened, at the end of a long list");
        assertTrue(_find(Tab.class).stream().anyMatch(tab -> tab.getLabel().equals("Nhiệm vụ (" + (before + 1) + ")")),
                "the tab counts the new task");
    }

    @Test
    void anEmptyTextIsRefusedOnItsFieldAndSavesNothing() {
        signIn("tamduong.tuyengiao");
        long plan = openPlan();
        int before = registry().get(WorkspaceSession.actor(), plan).tasks().size();
        _click(_get(Button.class, spec -> spec.withId("document-task-add")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("document-task-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));

        assertTrue(dialog.isOpened(), "a refused task keeps the dialog open");
        TextArea text = _get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung"));
        assertTrue(text.isInvalid());
        assertEquals("Hãy nhập nội dung.", text.getErrorMessage());
        assertTrue(_get(dialog, MultiSelectComboBox.class, spec -> spec.withLabel("Đơn vị chủ trì")).isInvalid());
        assertEquals(before, registry().get(WorkspaceSession.actor(), plan).tasks().size());
    }

    @Test
    void aLeaderSeesNoAddButton() {
        signIn("tamduong.lanhdao");
        openPlan();
        assertTrue(_find(Button.class, spec -> spec.withId("document-task-add")).isEmpty(), "a leader reads, does not give tasks here");
    }

    private long openPlan() {
        long id = registry().search(WorkspaceSession.actor(), new DocumentFilter(null, null, null, null, PLAN), Pageable.from(0, 20))
                .getContent().stream().filter(document -> PLAN.equals(document.symbol())).findFirst().orElseThrow().id();
        UI.getCurrent().navigate(DocumentView.class, id);
        return id;
    }

    private DocumentRegistry registry() {
        return context.getBean(DocumentRegistry.class);
    }
}
