package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.task.MyTasksView;
import vn.trienkhai.app.ui.task.TaskView;
import vn.trienkhai.app.ui.task.UnitTasksView;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.task.TaskModel.Part;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.task.TaskPage;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskScreensTest extends WorkspaceUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aCommuneSeesItsOwnTasksAndFiltersThemByTimelinessAndText() {
        signIn("banbo.baocao");
        UI.getCurrent().navigate(MyTasksView.class);
        Grid<TaskLine> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        List<TaskLine> all = lines(grid);
        assertFalse(all.isEmpty(), "the demo commune has tasks");
        assertTrue(all.stream().allMatch(line -> line.unitName().equals("Xã Bản Bo")), all.toString());
        assertTrue(_find(Button.class, spec -> spec.withId("task-bulk-status")).stream().noneMatch(Button::isVisible),
                "a reporter changes one part at a time");

        MultiSelectComboBox<Timeliness> timeliness = _get(MultiSelectComboBox.class, spec -> spec.withId("task-timeliness-filter"));
        timeliness.setValue(Set.of(Timeliness.OVERDUE));
        assertTrue(lines(grid).stream().allMatch(line -> line.timeliness() == Timeliness.OVERDUE), lines(grid).toString());
        timeliness.clear();

        _get(TextField.class, spec -> spec.withId("task-search")).setValue("không có nhiệm vụ nào như thế này");
        assertEquals(0, GridKt._size(grid));
        assertTrue(grid.getEmptyStateComponent() instanceof EmptyState);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDistrictDepartmentListsItsSubtreeAndMayChangeStatusesTogether() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(UnitTasksView.class);
        Grid<TaskLine> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        List<TaskLine> all = lines(grid);
        assertTrue(all.stream().map(TaskLine::unitId).distinct().count() > 1, "a subtree holds several units' parts");
        _click(_get(Button.class, spec -> spec.withId("task-bulk-status")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("task-bulk-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Cập nhật")));
        assertTrue(dialog.isOpened(), "nothing selected: refused in the dialog");
        assertTrue(_get(dialog, Paragraph.class, spec -> spec.withClasses("tk-form-problem")).isVisible());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReporterOpensATaskAndReportsProgressAfterARefusal() {
        signIn("banbo.baocao");
        UI.getCurrent().navigate(MyTasksView.class);
        _get(MultiSelectComboBox.class, spec -> spec.withId("task-status-filter")).setValue(Set.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS));
        Grid<TaskLine> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        TaskLine line = GridKt._get(grid, 0);
        RouterLink link = (RouterLink) GridKt._getCellComponent(grid, 0, "text");
        UI.getCurrent().navigate(link.getHref());
        _get(TaskView.class);
        assertEquals(line.text(), _get(Paragraph.class, spec -> spec.withId("task-text")).getText());

        Part part = context.getBean(TaskPage.class).get(WorkspaceSession.actor(), line.taskId()).occurrences().stream()
                .flatMap(occurrence -> occurrence.parts().stream()).filter(candidate -> candidate.id() == line.partId()).findFirst().orElseThrow();
        assertTrue(part.mayReport());
        Div card = _get(Div.class, spec -> spec.withClasses("tk-part").withPredicate(div -> String.valueOf(part.id())
                .equals(div.getElement().getAttribute("data-part"))));
        _click(_get(card, Button.class, spec -> spec.withClasses("task-report")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("task-report-dialog"));
        IntegerField percent = _get(dialog, IntegerField.class, spec -> spec.withLabel("Tiến độ"));
        TextArea text = _get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung đã thực hiện"));
        percent.setValue(150);
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));
        assertTrue(dialog.isOpened());
        assertTrue(percent.isInvalid(), "the percent out of range is marked on its field");
        assertTrue(text.isInvalid(), "the missing text is marked on its field");

        percent.setValue(40);
        text.setValue("Đã tổ chức hội nghị quán triệt cho cán bộ, đảng viên.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));
        assertFalse(dialog.isOpened());
        assertTrue(_get(Div.class, spec -> spec.withId("task-history")).getElement().getTextRecursively()
                .contains("Đã tổ chức hội nghị quán triệt"), "the report is in the history");
    }

    private static List<TaskLine> lines(Grid<TaskLine> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
    }
}
