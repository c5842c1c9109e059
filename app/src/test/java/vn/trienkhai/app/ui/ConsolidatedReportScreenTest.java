package vn.trienkhai.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.task.FollowUpView;
import vn.trienkhai.core.unit.Unit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The follow-up dashboard's "Xuất báo cáo (.docx)" downloads the report of the unit and period it shows. */
class ConsolidatedReportScreenTest extends WorkspaceUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardsHeaderDownloadsTheReportOfItsUnitAndPeriod() throws IOException {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate(FollowUpView.class);
        Anchor link = _get(Anchor.class, spec -> spec.withId("consolidated-report"));
        assertEquals("Xuất báo cáo (.docx)", _get(link, Button.class).getText());
        assertTrue(link.getElement().hasAttribute("download"));
        int year = LocalDate.now(context.getBean(Clock.class)).getYear();
        assertEquals("Kết quả thực hiện nhiệm vụ năm " + year, subtitle(_download(link)), "the current view reports on this year");

        Select<Object> period = _get(Select.class, spec -> spec.withId("follow-up-period"));
        period.setValue(period.getListDataView().getItems()
                .filter(item -> period.getItemLabelGenerator().apply(item).equals("6 tháng đầu năm")).findFirst().orElseThrow());
        _get(Select.class, spec -> spec.withId("follow-up-year")).setValue(2024);
        ComboBox<Unit> unit = _get(ComboBox.class, spec -> spec.withId("follow-up-unit"));
        Unit commune = unit.getListDataView().getItems().filter(item -> item.name().equals("Xã Bản Bo")).findFirst().orElseThrow();
        unit.setValue(commune);
        byte[] report = _download(link);
        assertEquals("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024", subtitle(report));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report))) {
            assertTrue(document.getTables().getFirst().getText().contains("ĐẢNG ỦY XÃ BẢN BO"), document.getTables().getFirst().getText());
        }
    }

    private static String subtitle(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            return paragraphs.get(paragraphs.indexOf("BÁO CÁO") + 1);
        }
    }
}
