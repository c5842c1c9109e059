package vn.trienkhai.app.api;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consolidated report over real HTTP on the demo: Tam Đường's leader downloads the district's half-year report. */
class ConsolidatedReportApiTest extends ApiTest {

    @Test
    void theLeaderDownloadsTheDistrictsReportAsAWordDocument() throws IOException {
        HttpResponse<byte[]> file = app.as("tamduong.lanhdao").download("/api/reports/consolidated.docx?period=HALF_YEAR&year=2024&index=2");
        assertEquals(200, file.statusCode(), new String(file.body()));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                file.headers().firstValue("Content-Type").orElseThrow());
        String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
        String plain = "attachment; filename=\"bao-cao-huyen-uy-tam-duong-6-thang-cuoi-nam-2024.docx\"; filename*=UTF-8''";
        assertTrue(disposition.startsWith(plain), disposition);
        assertTrue(disposition.substring(plain.length()).matches("[A-Za-z0-9%._-]+"), "percent-encoded UTF-8: " + disposition);
        assertEquals("Báo cáo Huyện ủy Tam Đường 6 tháng cuối năm 2024.docx",
                URLDecoder.decode(disposition.substring(plain.length()), StandardCharsets.UTF_8));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
            assertTrue(document.getTables().getFirst().getText().contains("HUYỆN ỦY TAM ĐƯỜNG"));
            assertTrue(document.getTables().getFirst().getText().contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.contains("Kết quả thực hiện nhiệm vụ 6 tháng cuối năm 2024"), paragraphs.toString());
            assertTrue(paragraphs.contains("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"), paragraphs.toString());
        }
    }

    @Test
    void aPeriodOutOfRangeOrAUnitOutOfScopeIsRefused() {
        var leader = app.as("tamduong.lanhdao");
        Response index = leader.get("/api/reports/consolidated.docx?period=QUARTER&year=2025&index=5");
        assertEquals(422, index.status(), index.body());
        assertEquals(List.of("index"), fields(index));
        Response month = leader.get("/api/reports/consolidated.docx?period=MONTH&year=2025&index=3");
        assertEquals(422, month.status(), month.body());
        assertEquals(List.of("period"), fields(month));
        assertEquals(List.of("period", "year"), fields(leader.get("/api/reports/consolidated.docx")));
        assertEquals(400, leader.get("/api/reports/consolidated.docx?period=WEEK&year=2025").status());
        assertEquals(401, app.anonymous().get("/api/reports/consolidated.docx?period=YEAR&year=2025").status());

        // the province's root is above the district leader's scope
        long province = ((Number) app.as("laichau.admin").get("/api/follow-up").object().get("unitId")).longValue();
        assertEquals(404, leader.get("/api/reports/consolidated.docx?period=YEAR&year=2025&unitId=" + province).status());
    }
}
