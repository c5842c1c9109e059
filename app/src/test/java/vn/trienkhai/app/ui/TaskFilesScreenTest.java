package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.task.MyTasksView;
import vn.trienkhai.app.ui.task.UnitTasksView;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.task.TaskModel.TaskLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files reported with progress on a task's page, and the task lists' export to Excel. */
class TaskFilesScreenTest extends WorkspaceUiTest {

    private static final byte[] PDF = "%PDF-1.7\nBiên bản hội nghị\n%%EOF".getBytes(StandardCharsets.UTF_8);

    @Test
    @SuppressWarnings("unchecked")
    void aReportIsSavedWithItsFilesOrNotAtAllAndAFileIsAddedLater() {
        signIn("banbo.baocao");
        UI.getCurrent().navigate(MyTasksView.class);
        _get(MultiSelectComboBox.class, spec -> spec.withId("task-status-filter")).setValue(Set.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS));
        Grid<TaskLine> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        TaskLine line = GridKt._get(grid, GridKt._size(grid) - 1);
        UI.getCurrent().navigate(((RouterLink) GridKt._getCellComponent(grid, GridKt._size(grid) - 1, "text")).getHref());
        String report = "Đã họp triển khai, gửi kèm biên bản hội nghị.";

        Dialog refused = openReport(line, report);
        UploadKt._upload(upload("task-report-files"), "bien-ban.pdf", PDF);
        UploadKt._upload(upload("task-report-files"), "anh-hoi-nghi.pdf", "MZ không phải PDF".getBytes(StandardCharsets.UTF_8));
        _click(_get(refused, Button.class, spec -> spec.withText("Lưu")));
        assertTrue(refused.isOpened(), "a refused file keeps the dialog open");
        String problem = _get(refused, Paragraph.class, spec -> spec.withClasses("tk-form-problem")).getText();
        assertTrue(problem.contains("anh-hoi-nghi.pdf"), "the message names the file: " + problem);
        _click(_get(refused, Button.class, spec -> spec.withText("Hủy")));
        assertFalse(history().getElement().getTextRecursively().contains(report), "nothing of the report is saved");

        Dialog dialog = openReport(line, report);
        UploadKt._upload(upload("task-report-files"), "bien-ban.pdf", PDF);
        _click(_get(dialog, Button.class, spec -> spec.withText("Lưu")));
        assertFalse(dialog.isOpened());
        assertTrue(history().getElement().getTextRecursively().contains(report));
        Anchor file = _get(history(), Anchor.class, spec -> spec.withText("bien-ban.pdf (1 KB)"));
        assertArrayEquals(PDF, DownloadKt._download(file));

        _click(_find(history(), Button.class, spec -> spec.withClasses("task-attach")).getFirst());
        Dialog attach = _get(Dialog.class, spec -> spec.withId("task-attach-dialog"));
        UploadKt._upload(upload("task-attach-upload"), "danh-sach-du-hop.pdf", PDF);
        _click(_get(attach, Button.class, spec -> spec.withText("Đóng")));
        assertEquals(1, _find(history(), Anchor.class, spec -> spec.withText("danh-sach-du-hop.pdf (1 KB)")).size(),
                "the file added later is in the history beside the first");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportIsTheListAsFiltered() throws IOException {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(UnitTasksView.class);
        _get(MultiSelectComboBox.class, spec -> spec.withId("task-status-filter")).setValue(Set.of(TaskStatus.IN_PROGRESS));
        Grid<TaskLine> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        assertTrue(GridKt._size(grid) > 0, "the demo's progress leaves parts in progress");
        Anchor export = _get(Anchor.class, spec -> spec.withId("task-export"));
        assertEquals("Xuất Excel", _get(export, Button.class).getText());
        assertTrue(export.getElement().hasAttribute("download"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(DownloadKt._download(export)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(GridKt._size(grid), sheet.getLastRowNum(), "one row per line of the filtered list");
            assertEquals(GridKt._get(grid, 0).text(), sheet.getRow(1).getCell(1).getStringCellValue());
            List<String> statuses = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(row -> sheet.getRow(row).getCell(7).getStringCellValue()).distinct().toList();
            assertEquals(List.of("Đang thực hiện"), statuses);
        }
    }

    private static Dialog openReport(TaskLine line, String text) {
        Div card = _get(Div.class, spec -> spec.withClasses("tk-part").withPredicate(div -> String.valueOf(line.partId())
                .equals(div.getElement().getAttribute("data-part"))));
        _click(_get(card, Button.class, spec -> spec.withClasses("task-report")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("task-report-dialog"));
        _get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung đã thực hiện")).setValue(text);
        return dialog;
    }

    private static Upload upload(String id) {
        return _get(Upload.class, spec -> spec.withId(id));
    }

    private static Div history() {
        return _get(Div.class, spec -> spec.withId("task-history"));
    }
}
