package vn.trienkhai.core.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.RollUp;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.report.ConsolidatedReport.ReportFile;
import vn.trienkhai.core.report.PartyReport.Letterhead;
import vn.trienkhai.core.task.FollowUpDashboard;
import vn.trienkhai.core.task.FollowUpModel;
import vn.trienkhai.core.task.FollowUpModel.StateCounts;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestModule;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consolidated report of the demo's Tam Đường, opened with POI as Word would: the Party's format and the figures. */
@MicronautTest(transactional = false)
class ConsolidatedReportTest extends PostgresTest {

    private static final String DEMO_PASSWORD = "TrienKhai@2025";

    @Inject Authenticator authenticator;
    @Inject ConsolidatedReport reports;
    @Inject IndicatorCatalogue catalogue;
    @Inject IndicatorTargets targets;
    @Inject FigureRollUp rollUp;
    @Inject FollowUpDashboard dashboard;
    @Inject ModuleEnablement modules;
    @Inject UnitService units;
    @Inject Messages messages;
    @Inject Clock clock;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.demo-data", "true", "trienkhai.test.module", "on");
    }

    @Test
    void theDistrictsReportIsLaidOutAsAPartyDocument() throws IOException, XmlException {
        Actor leader = signIn("tamduong.lanhdao");
        long district = scopeUnit(leader);
        ReportFile file = reports.export(leader, district, Period.year(2024));
        assertEquals("Báo cáo Huyện ủy Tam Đường năm 2024.docx", file.fileName());
        assertEquals("bao-cao-huyen-uy-tam-duong-nam-2024.docx", file.asciiFileName());
        // kept for a look (LibreOffice: soffice --headless --convert-to pdf), as the browser tests keep screenshots
        Files.write(Files.createDirectories(Path.of("target", "reports")).resolve(file.asciiFileName()), file.content());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(List.of(1134, 1134, 1701, 850), List.of(twips(margins.getTop()), twips(margins.getBottom()),
                    twips(margins.getLeft()), twips(margins.getRight())), "20, 20, 30 and 15 mm");
            assertEquals(11_906, twips(document.getDocument().getBody().getSectPr().getPgSz().getW()), "A4");
            CTRPr defaults = document.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertEquals("Times New Roman", defaults.getRFontsArray(0).getAscii());
            assertEquals(28, twips(defaults.getSzArray(0).getVal()), "14 pt, in half points");

            XWPFTable letterhead = document.getTables().getFirst();
            XWPFTableCell issuer = letterhead.getRow(0).getCell(0);
            assertEquals(List.of("ĐẢNG BỘ TỈNH LAI CHÂU", "HUYỆN ỦY TAM ĐƯỜNG", "*", "Số      -BC/HU"), texts(issuer.getParagraphs()));
            assertFalse(run(issuer.getParagraphs().get(0)).isBold(), "the superior in plain capitals");
            assertTrue(run(issuer.getParagraphs().get(1)).isBold(), "the issuer in bold");
            XWPFTableCell party = letterhead.getRow(0).getCell(1);
            XWPFRun partyName = run(party.getParagraphs().getFirst());
            assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", partyName.text());
            assertTrue(partyName.isBold());
            assertEquals(UnderlinePatterns.SINGLE, partyName.getUnderline());
            XWPFRun date = run(party.getParagraphs().getLast());
            assertEquals(placeAndDate("Tam Đường", LocalDate.now(clock)), date.text());
            assertTrue(date.isItalic());

            List<XWPFParagraph> body = document.getParagraphs();
            XWPFParagraph title = body.stream().filter(paragraph -> paragraph.getText().equals("BÁO CÁO")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            assertTrue(run(title).isBold());
            assertTrue(texts(body).contains("Kết quả thực hiện nhiệm vụ năm 2024"), texts(body).toString());
            XWPFParagraph heading = body.stream().filter(paragraph -> paragraph.getText().startsWith("I. ")).findFirst().orElseThrow();
            assertEquals("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", heading.getText());
            XWPFParagraph text = body.get(body.indexOf(heading) + 1);
            assertEquals(ParagraphAlignment.BOTH, text.getAlignment());
            assertTrue(text.getIndentationFirstLine() > 0);
            assertEquals("Times New Roman", run(text).getFontFamily());
            assertEquals(14.0, run(text).getFontSizeAsDouble());

            assertFiguresOfTheDistrict(leader, district, table(document, "Chỉ tiêu"));
            assertTasksOfTheDistrict(leader, district, document);

            XWPFTableRow closing = document.getTables().getLast().getRow(0);
            XWPFRun recipients = run(closing.getCell(0).getParagraphs().getFirst());
            assertEquals("Nơi nhận:", recipients.text());
            assertTrue(recipients.isBold() && recipients.isItalic());
            assertEquals(12.0, recipients.getFontSizeAsDouble());
            assertEquals(List.of("Nơi nhận:", "- Thường trực Tỉnh ủy (b/c),", "- Lưu."), texts(closing.getCell(0).getParagraphs()));
            List<String> signer = texts(closing.getCell(1).getParagraphs());
            assertEquals(List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), signer.subList(0, 2));
            assertEquals("Tần Thị Quế", signer.getLast(), "the signer of the district's latest plan, 102-KH/HU");
        }
    }

    /** One row per indicator with a district target; the households' ratio has its missing commune noted, never zero. */
    private void assertFiguresOfTheDistrict(Actor leader, long district, XWPFTable table) {
        assertEquals(List.of("TT", "Chỉ tiêu", "Kết quả năm 2024", "Mục tiêu", "Đánh giá"), cells(table.getRow(0)));
        List<Indicator> withTargets = catalogue.list(leader).stream()
                .filter(indicator -> targets.targets(leader, indicator.id()).stream().anyMatch(target -> target.unitId() == district)).toList();
        assertFalse(withTargets.isEmpty(), "the demo attaches 102-KH/HU's percentages to indicators");
        assertEquals(withTargets.size() + 1, table.getNumberOfRows());
        Indicator households = withTargets.stream().filter(indicator -> indicator.name().contains("hộ gia đình")).findFirst().orElseThrow();
        List<String> row = table.getRows().stream().map(ConsolidatedReportTest::cells).filter(cells -> cells.get(1).equals(households.name()))
                .findFirst().orElseThrow();
        RollUp value = rollUp.rollUp(leader, households.id(), district, Period.year(2024), false);
        assertEquals(1, value.missing());
        assertEquals(FigureText.of(households.valueType(), value.value()) + " (1 đơn vị chưa báo cáo)", row.get(2));
        assertTrue(row.get(2).matches("\\d{2},\\d% .*"), row.get(2));
        assertEquals("88% (năm 2025)", row.get(3));
        Target target = targets.targets(leader, households.id()).getFirst();
        assertEquals(messages.get("indicator.achievement." + targets.achievement(leader, target.id(), 2024).status().name()), row.get(4));
    }

    /** The four states and the rate as the follow-up dashboard counts them, the total in the last row. */
    private void assertTasksOfTheDistrict(Actor leader, long district, XWPFDocument document) {
        StateCounts total = dashboard.get(leader, district, FollowUpModel.Period.year(2024)).total();
        assertTrue(total.total() > 0, "the demo's recurring duties fall due in 2024");
        XWPFTable table = table(document, "Đơn vị");
        assertEquals(List.of("Đơn vị", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành",
                "Tỷ lệ hoàn thành"), cells(table.getRow(0)));
        assertEquals(List.of("Tổng cộng", String.valueOf(total.onTime()), String.valueOf(total.late()), String.valueOf(total.withinDeadline()),
                String.valueOf(total.overdue()), total.completionPercent() + "%"), cells(table.getRows().getLast()));
        assertTrue(document.getParagraphs().stream().anyMatch(paragraph -> paragraph.getText().equals("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")));
    }

    @Test
    void aDepartmentWritesItsCommitteeOverItsNameAndACommuneItsPartyCommittee() {
        Actor officer = signIn("tamduong.tuyengiao");
        long department = officer.homeUnitId();
        PartyReport report = reports.build(officer, department, Period.quarter(2026, 2));
        Letterhead letterhead = report.letterhead();
        assertEquals("HUYỆN ỦY TAM ĐƯỜNG", letterhead.superior());
        assertEquals("BAN TUYÊN GIÁO", letterhead.issuingUnit());
        assertEquals("Số      -BC/……", letterhead.number(), "the department has issued nothing yet: its code is to be filled in");
        assertEquals(placeAndDate("Tam Đường", LocalDate.now(clock)), letterhead.placeAndDate());
        assertEquals("Kết quả thực hiện nhiệm vụ quý II/2026", report.subtitle());
        assertEquals(List.of("TRƯỞNG BAN"), report.signer().capacity());
        assertNull(report.signer().name());
        assertEquals(List.of("Thường trực Huyện ủy (b/c),", "Lưu."), report.recipients());

        Actor reporter = signIn("banbo.baocao");
        Letterhead commune = reports.build(reporter, reporter.homeUnitId(), Period.halfYear(2022, 1)).letterhead();
        assertEquals("ĐẢNG BỘ HUYỆN TAM ĐƯỜNG", commune.superior());
        assertEquals("ĐẢNG ỦY XÃ BẢN BO", commune.issuingUnit());
        assertEquals("Số      -BC/ĐU", commune.number(), "the code of the commune's plan 12-KH/ĐU");
        assertTrue(commune.placeAndDate().startsWith("Bản Bo, ngày "), commune.placeAndDate());
    }

    @Test
    void aModulesSectionIsThereOnlyWhileTheModuleIsEnabled() {
        Actor admin = signIn("laichau.admin");
        long district = units.search(admin, "Huyện ủy Tam Đường", io.micronaut.data.model.Pageable.from(0, 1)).getContent().getFirst().id();
        // the demo enables every installed module in its organisations
        // the district's request for the 2024 survey quotes the communes' reports
        assertEquals(List.of("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "TỔNG HỢP BÁO CÁO CỦA CÁC ĐƠN VỊ",
                TestReportSectionSource.HEADING), headings(admin, district), "after the core's sections, by its order");
        modules.setEnabled(admin, TestModule.ID, false);
        try {
            assertEquals(List.of("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "TỔNG HỢP BÁO CÁO CỦA CÁC ĐƠN VỊ"),
                    headings(admin, district));
        } finally {
            modules.setEnabled(admin, TestModule.ID, true);
        }
    }

    @Test
    void aUnitOutsideTheScopeOrAPeriodOutOfRangeIsRefused() {
        Actor leader = signIn("tamduong.lanhdao");
        long district = scopeUnit(leader);
        Actor reporter = signIn("banbo.baocao");
        assertThrows(NotFoundException.class, () -> reports.export(reporter, district, Period.year(2024)),
                "a commune's reporter does not see the district's report");
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> reports.period(PeriodKind.MONTH, 20255, 0));
        assertEquals(List.of("period", "year"), refused.fieldErrors().stream().map(error -> error.field()).toList());
        InvalidRequestException index = assertThrows(InvalidRequestException.class, () -> reports.period(PeriodKind.QUARTER, 2025, 5));
        assertEquals("index", index.fieldErrors().getFirst().field());
        assertEquals(Period.halfYear(2025, 2), reports.period(PeriodKind.HALF_YEAR, 2025, 2));
        assertEquals(Period.year(2025), reports.period(PeriodKind.YEAR, 2025, 0));
    }

    private List<String> headings(Actor actor, long unitId) {
        return reports.build(actor, unitId, Period.year(2024)).sections().stream().map(ReportSection::heading).toList();
    }

    private Actor signIn(String login) {
        return authenticator.signIn(login, DEMO_PASSWORD, "test");
    }

    private static long scopeUnit(Actor actor) {
        return UnitPath.ids(actor.scopePath()).getLast();
    }

    private static String placeAndDate(String place, LocalDate date) {
        return place + ", ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(),
                date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue()), date.getYear());
    }

    private static XWPFTable table(XWPFDocument document, String secondHeader) {
        return document.getTables().stream().filter(table -> table.getNumberOfRows() > 1 && table.getRow(0).getTableCells().size() > 1)
                .filter(table -> table.getRow(0).getCell(1).getText().equals(secondHeader)
                        || table.getRow(0).getCell(0).getText().equals(secondHeader))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + secondHeader));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFRun run(XWPFParagraph paragraph) {
        return paragraph.getRuns().getFirst();
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }
}
