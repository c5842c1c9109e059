package vn.trienkhai.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.document.DocumentView;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.theory.TheoryModel.CourseLevel;
import vn.trienkhai.workbench.WorkspaceSession;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The theory module's screens on the demo: Chỉ thị 44-CT/TW's page shows who studied it at Hương Trà and who has not;
 * a commune without its "làm theo" plan is listed until it registers one; a session is checked before it is saved.
 */
class TheoryScreensTest extends WorkspaceUiTest {

    private static final String TAB = "Học tập, quán triệt";

    @Test
    void theDirectivesPageShowsWhoStudiedItAndWhoHasNot() {
        signIn("huongtra.admin");
        openStudyTab("44-CT/TW");
        assertEquals("4 đơn vị đã tổ chức học tập, quán triệt; đảng viên tham dự: 999/1035 (96,5%)",
                _get(Paragraph.class, spec -> spec.withId("theory-document-total")).getText());
        Div held = _get(Div.class, spec -> spec.withId("theory-document-held"));
        assertEquals(List.of("Thị ủy Hương Trà", "Phường Hương Văn", "Phường Hương Xuân", "Phường Tứ Hạ"),
                _find(held, Span.class, spec -> spec.withClasses("tk-row-card-heading")).stream().map(Span::getText).toList(),
                "Hương Xuân studied the town's plan for the directive");
        String without = _get(Div.class, spec -> spec.withId("theory-document-without")).getText();
        assertTrue(without.contains("Phường Hương Chữ") && without.contains("Xã Hương Toàn"), without);
    }

    @Test
    void aCommuneWithoutItsPlanIsListedUntilItRegistersOne() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate("theory/follow");
        int missing = missingPlans();
        assertEquals(4, missing, "the demo's district has ten communes and six plans");
        _click(_find(_get(Div.class, spec -> spec.withId("theory-follow-without")), Button.class,
                spec -> spec.withText("Đăng ký kế hoạch làm theo")).getFirst());
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("theory-follow-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withId("theory-follow-save")));
        TextArea summary = _get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung kế hoạch làm theo của tập thể"));
        assertEquals("Nhập nội dung kế hoạch làm theo của tập thể.", summary.getErrorMessage());
        summary.setValue("Mỗi chi bộ bản đăng ký một việc làm theo gắn với xây dựng nông thôn mới");
        _click(_get(dialog, Button.class, spec -> spec.withId("theory-follow-save")));
        assertFalse(dialog.isOpened());
        assertEquals(missing - 1, missingPlans());
        UI.getCurrent().navigate(HomeView.class);
        assertEquals("3 tổ chức đảng chưa đăng ký kế hoạch làm theo", _get(Span.class, spec -> spec.withId("theory-card-without")).getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSessionWithMorePresentThanExpectedIsRefusedOnTheField() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate("theory/sessions");
        int before = sessionCards();
        _click(_get(Button.class, spec -> spec.withId("theory-session-new")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("theory-session-dialog"));
        ComboBox<Document> document = _get(dialog, ComboBox.class, spec -> spec.withLabel("Văn bản được học tập, quán triệt"));
        document.setValue(document.getListDataView().getItems().filter(choice -> "102-KH/HU".equals(choice.symbol())).findFirst().orElseThrow());
        _get(dialog, IntegerField.class, spec -> spec.withLabel("Đảng viên: số phải dự")).setValue(80);
        IntegerField present = _get(dialog, IntegerField.class, spec -> spec.withLabel("Đảng viên: số tham dự"));
        present.setValue(85);
        _click(_get(dialog, Button.class, spec -> spec.withId("theory-session-save")));
        assertTrue(present.isInvalid());
        assertEquals("Số tham dự phải từ 0 đến số phải dự.", present.getErrorMessage());
        present.setValue(78);
        _click(_get(dialog, Button.class, spec -> spec.withId("theory-session-save")));
        assertFalse(dialog.isOpened());
        assertEquals(before + 1, sessionCards());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClassIsRecordedWithItsLearnersAndBooksCannotBeDistributedBeyondWhatCame() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate("theory/classes");
        _click(_get(Button.class, spec -> spec.withId("theory-class-new")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("theory-class-dialog"));
        _get(dialog, TextField.class, spec -> spec.withLabel("Tên lớp")).setValue("Lớp trung cấp lý luận chính trị khóa II");
        _get(dialog, Select.class, spec -> spec.withLabel("Loại lớp")).setValue(CourseLevel.INTERMEDIATE);
        ComboBox<Unit> learnerUnit = _get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị cử học viên"));
        learnerUnit.setValue(learnerUnit.getListDataView().getItems().filter(unit -> unit.name().equals("Xã Bản Bo")).findFirst().orElseThrow());
        _get(dialog, IntegerField.class, spec -> spec.withLabel("Số học viên")).setValue(6);
        _get(dialog, IntegerField.class, spec -> spec.withLabel("Số tốt nghiệp")).setValue(6);
        _click(_get(dialog, Button.class, spec -> spec.withId("theory-class-save")));
        assertFalse(dialog.isOpened());
        Div classes = _get(Div.class, spec -> spec.withId("theory-class-list"));
        assertEquals(1, _find(classes, Div.class, spec -> spec.withText("Xã Bản Bo: 6 học viên, 6 tốt nghiệp")).size());

        UI.getCurrent().navigate("theory/books");
        _click(_get(Button.class, spec -> spec.withId("theory-book-new")));
        Dialog book = _get(Dialog.class, spec -> spec.withId("theory-book-dialog"));
        _get(book, TextField.class, spec -> spec.withLabel("Tên sách")).setValue("Hồ Chí Minh toàn tập");
        _get(book, IntegerField.class, spec -> spec.withLabel("Số bản nhận")).setValue(5);
        IntegerField distributed = _get(book, IntegerField.class, spec -> spec.withLabel("Số bản đã cấp phát"));
        distributed.setValue(7);
        _click(_get(book, Button.class, spec -> spec.withId("theory-book-save")));
        assertEquals("Số bản đã phát hành không được lớn hơn số bản nhận.", distributed.getErrorMessage());
        distributed.setValue(5);
        _click(_get(book, Button.class, spec -> spec.withId("theory-book-save")));
        assertFalse(book.isOpened());
    }

    @Test
    void switchedOffTheDocumentPageHasNoStudyTab() {
        signIn("huongtra.admin");
        ModuleEnablement enablement = context.getBean(ModuleEnablement.class);
        enablement.setEnabled(WorkspaceSession.actor(), "theory", false);
        try {
            openDocument("44-CT/TW");
            assertTrue(_find(Tab.class, spec -> spec.withLabel(TAB)).isEmpty(), "no study tab");
        } finally {
            enablement.setEnabled(WorkspaceSession.actor(), "theory", true);
        }
    }

    private void openStudyTab(String symbol) {
        openDocument(symbol);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel(TAB)));
    }

    private void openDocument(String symbol) {
        long id = context.getBean(DocumentRegistry.class).search(WorkspaceSession.actor(), new DocumentFilter(null, null, null, null, symbol),
                Pageable.from(0, 20)).getContent().stream().filter(document -> symbol.equals(document.symbol())).findFirst().orElseThrow().id();
        UI.getCurrent().navigate(DocumentView.class, id);
    }

    private static int missingPlans() {
        return _find(_get(Div.class, spec -> spec.withId("theory-follow-without")), Div.class, spec -> spec.withClasses("theory-follow-missing"))
                .size();
    }

    private static int sessionCards() {
        return _find(_get(Div.class, spec -> spec.withId("theory-session-list")), Button.class, spec -> spec.withClasses("theory-session-edit"))
                .size();
    }
}
