package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.document.DocumentView;
import vn.trienkhai.app.ui.document.DocumentsView;
import vn.trienkhai.app.ui.document.ImportView;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Execution;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.workbench.WorkspaceSession;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentScreensTest extends WorkspaceUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theRegistryFindsAPlanWithoutDiacriticsAndItsPageShowsWhoIsLate() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate(DocumentsView.class);
        _get(TextField.class, spec -> spec.withId("document-search")).setValue("cong tac tu tuong");
        Grid<Document> grid = _get(Grid.class, spec -> spec.withId("document-grid"));
        List<String> symbols = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).symbol()).toList();
        assertTrue(symbols.contains("102-KH/HU"), symbols.toString());

        long id = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row))
                .filter(document -> "102-KH/HU".equals(document.symbol())).findFirst().orElseThrow().id();
        UI.getCurrent().navigate(DocumentView.class, id);
        assertTrue(_find(Button.class, spec -> spec.withId("document-edit")).isEmpty(), "a leader reads, does not correct");
        _get(TabSheet.class).setSelectedIndex(3);
        Grid<Execution> execution = _get(Grid.class, spec -> spec.withId("document-execution"));
        List<Execution> rows = IntStream.range(0, GridKt._size(execution)).mapToObj(row -> GridKt._get(execution, row)).toList();
        assertTrue(rows.stream().anyMatch(row -> row.unitName().equals("Xã Bản Bo") && row.plan() != null));
        assertTrue(rows.stream().anyMatch(row -> row.plan() == null && row.daysOverdue() > 0));
    }

    @Test
    void theUnitHoldingADocumentCorrectsItAndARefusedCorrectionMarksItsFields() {
        signIn("laichau.admin");
        long plan = documentId("102-KH/HU");
        long commune = documentId("12-KH/ĐU");
        UI.getCurrent().navigate(DocumentView.class, commune);
        _click(_get(Button.class, spec -> spec.withId("document-edit")));
        TextArea title = _get(TextArea.class, spec -> spec.withLabel("Trích yếu"));
        String before = title.getValue();
        title.setValue(" ");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        assertTrue(title.isInvalid(), "the refused title is marked on its field");
        title.setValue(before);
        _get(TextField.class, spec -> spec.withLabel("Địa danh")).setValue("Bản Bo, Tam Đường");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        assertEquals("Bản Bo, Tam Đường", context.getBean(DocumentRegistry.class)
                .get(WorkspaceSession.actor(), commune).document().place());

        UI.getCurrent().navigate(DocumentView.class, plan);
        _click(_get(Button.class, spec -> spec.withId("document-delete")));
        Dialog deletion = _get(Dialog.class, spec -> spec.withId("document-delete-dialog"));
        _click(_get(deletion, Button.class, spec -> spec.withText("Xóa")));
        assertTrue(deletion.isOpened(), "a plan other documents implement is not deleted");
        String problem = _get(deletion, Paragraph.class, spec -> spec.withClasses("tk-form-problem")).getText();
        assertTrue(problem.startsWith("Không xóa được văn bản 102-KH/HU"), problem);
    }

    private long documentId(String symbol) {
        return context.getBean(DocumentRegistry.class).search(WorkspaceSession.actor(),
                new DocumentFilter(null, null, null, null, symbol), Pageable.from(0, 20)).getContent().stream()
                .filter(document -> symbol.equals(document.symbol())).findFirst().orElseThrow().id();
    }

    @Test
    void aPastedPlanIsReadCheckedAndSaved() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(ImportView.class);
        _get(TextArea.class, spec -> spec.withId("import-text")).setValue("""
                Số 09 - KH/HU
                Tam Đường, ngày 02 tháng 5 năm 2023
                KẾ HOẠCH
                tuyên truyền kỷ niệm ngày thành lập huyện
                III. TỔ CHỨC THỰC HIỆN
                1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tổ chức thực hiện, xong trong tháng 9/2023.
                """);
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        _assertOne(Grid.class, spec -> spec.withId("import-units"));
        assertEquals("09-KH/HU", _get(TextField.class, spec -> spec.withLabel("Số, ký hiệu")).getValue());
        _click(_get(Button.class, spec -> spec.withId("import-save")));
        _assertOne(DocumentView.class);
    }

    @Test
    void aSuccessfulReadClosesTheErrorOfTheFailedOne() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(ImportView.class);
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        assertEquals(1, openNotifications());
        _get(TextArea.class, spec -> spec.withId("import-text")).setValue("""
                Số 09 - KH/HU
                KẾ HOẠCH
                tuyên truyền kỷ niệm ngày thành lập huyện
                """);
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        _assertOne(Grid.class, spec -> spec.withId("import-units"));
        assertEquals(0, openNotifications());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftWithNeitherNumberNorIssuerIsRefusedOnBothFields() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(ImportView.class);
        _get(TextArea.class, spec -> spec.withId("import-text")).setValue("""
                KẾ HOẠCH
                tuyên truyền kỷ niệm ngày thành lập huyện
                III. TỔ CHỨC THỰC HIỆN
                1. Ban Tuyên giáo Huyện ủy chủ trì tổ chức thực hiện, xong trong tháng 9/2023.
                """);
        _click(_get(Button.class, spec -> spec.withId("import-read")));
        _click(_get(Button.class, spec -> spec.withId("import-save")));
        assertTrue(_get(TextField.class, spec -> spec.withLabel("Số, ký hiệu")).isInvalid());
        assertFalse(_get(DatePicker.class, spec -> spec.withLabel("Ngày ban hành")).isInvalid(),
                "a date is not required: plans come with their date lost, as three of the five seeds do");
        assertTrue(_get(ComboBox.class, spec -> spec.withLabel("Đơn vị ban hành (trong cây đơn vị)")).isInvalid());
        assertFalse(_find(DocumentView.class).size() > 0, "nothing is saved");
    }

    private static long openNotifications() {
        return _find(Notification.class).stream().filter(Notification::isOpened).count();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSearchThatFindsNothingSaysSo() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate(DocumentsView.class);
        _get(TextField.class, spec -> spec.withId("document-search")).setValue("khong co van ban nao nhu the nay");
        Grid<Document> grid = _get(Grid.class, spec -> spec.withId("document-grid"));
        assertEquals(0, GridKt._size(grid));
        assertTrue(grid.getEmptyStateComponent() instanceof EmptyState);
    }
}
