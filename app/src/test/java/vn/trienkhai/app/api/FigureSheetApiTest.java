package vn.trienkhai.app.api;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.FigureSheets;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.DataSetRequest;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spreadsheet round trip over real HTTP on the demo: Tam Đường's officer downloads, fills, previews and saves. */
class FigureSheetApiTest extends ApiTest {

    private static final Period YEAR = Period.year(2024);

    private RunningApp.Client officer;
    private Actor officerActor;
    private long districtId;
    private long dataSetId;
    private Indicator households;
    private Indicator clubs;

    @BeforeAll
    void dataSet() {
        officer = app.as("tamduong.tuyengiao");
        officerActor = app.context().getBean(Authenticator.class).signIn("tamduong.tuyengiao", RunningApp.DEMO_PASSWORD, "127.0.0.1");
        districtId = UnitPath.ids(officerActor.scopePath()).getLast();
        IndicatorCatalogue catalogue = app.context().getBean(IndicatorCatalogue.class);
        households = catalogue.list(officerActor).stream().filter(indicator -> "Số hộ đạt tiêu chuẩn văn hóa".equals(indicator.numeratorLabel())).findFirst().orElseThrow();
        clubs = catalogue.define(officerActor, new IndicatorRequest("CLB01", "Số câu lạc bộ văn nghệ", ValueType.COUNT, Aggregation.SUM,
                null, null, Set.of(PeriodKind.YEAR), Set.of(UnitKind.COMMUNE), Source.MANUAL, null, true, null));
        dataSetId = catalogue.saveDataSet(officerActor, null, new DataSetRequest("Khảo sát văn hóa (bảng tính)",
                List.of(households.id(), clubs.id()), null)).id();
    }

    @Test
    void anOfficerDownloadsFillsPreviewsFixesAndSaves() throws IOException {
        HttpResponse<byte[]> download = officer.download(template(YEAR));
        assertEquals(200, download.statusCode(), new String(download.body(), StandardCharsets.UTF_8));
        assertEquals(FigureSheets.CONTENT_TYPE, download.headers().firstValue("Content-Type").orElseThrow());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("filename=\"mau-so-lieu-2024.xlsx\"") && disposition.contains("filename*=UTF-8''M%E1%BA%ABu"), disposition);

        // the demo's last commune has not reported 2024: its row is empty
        String[] missing = new String[2];
        byte[] wrong = edit(download.body(), (sheet, keys) -> {
            Row row = lastRow(sheet);
            missing[0] = text(row, 0);
            missing[1] = String.valueOf(row.getRowNum() + 1);
            row.getCell(keys.indexOf(households.code() + ".tu")).setCellValue(500);
            row.getCell(keys.indexOf(households.code() + ".mau")).setCellValue(400);
            row.getCell(keys.indexOf("CLB01")).setCellValue(3);
        });
        Response preview = upload(officer, "/api/figures/sheet/preview", wrong);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(false, preview.object().get("valid"));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) preview.object().get("errors")).getFirst();
        assertEquals("figures[" + missing[1] + "]." + households.code() + ".tu", error.get("field"));
        assertEquals("Dòng " + missing[1] + ", cột C: Tử số (500) không được lớn hơn mẫu số (400).", error.get("message"));
        assertEquals(2, ((List<?>) preview.object().get("lines")).size());
        Response refused = upload(officer, "/api/figures/sheet", wrong);
        assertEquals(422, refused.status(), refused.body());

        byte[] fixed = edit(wrong, (sheet, keys) -> lastRow(sheet).getCell(keys.indexOf(households.code() + ".tu")).setCellValue(300));
        Response valid = upload(officer, "/api/figures/sheet/preview", fixed);
        assertEquals(true, valid.object().get("valid"), valid.body());
        Response saved = upload(officer, "/api/figures/sheet", fixed);
        assertEquals(201, saved.status(), saved.body());
        assertEquals(2, ((Number) saved.object().get("saved")).intValue());

        long communeId = ((Number) ((Map<?, ?>) ((List<?>) saved.object().get("figures")).getFirst()).get("unitId")).longValue();
        List<Figure> stored = app.context().getBean(FigureEntry.class).figures(officerActor, communeId, YEAR);
        // the commune's other figures (the demo's party histories) stay as they were
        assertTrue(stored.stream().map(Figure::indicatorId).toList().containsAll(List.of(households.id(), clubs.id())), stored.toString());
        Figure ratio = stored.stream().filter(figure -> figure.indicatorId() == households.id()).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("75").compareTo(ratio.value()));
        assertEquals(Source.IMPORTED, ratio.source());

        // the next template has the figures filled in
        HttpResponse<byte[]> again = officer.download(template(YEAR));
        edit(again.body(), (sheet, keys) -> {
            assertEquals(missing[0], text(lastRow(sheet), 0));
            assertEquals(300.0, lastRow(sheet).getCell(keys.indexOf(households.code() + ".tu")).getNumericCellValue());
        });
    }

    @Test
    void anUploadOverAFigureChangedSinceTheDownloadIsRefusedAndSavesNothing() throws IOException {
        Period year = Period.year(2023);
        byte[] template = officer.download(template(year)).body();
        byte[] filled = edit(template, (sheet, keys) -> {
            Row first = sheet.getRow(7);
            first.getCell(keys.indexOf(households.code() + ".tu")).setCellValue(1);
            first.getCell(keys.indexOf("CLB01")).setCellValue(2);
        });
        FigureEntry entry = app.context().getBean(FigureEntry.class);
        // someone types the first commune's figure in the meantime
        Response preview = upload(officer, "/api/figures/sheet/preview", filled);
        Map<?, ?> line = (Map<?, ?>) ((List<?>) preview.object().get("lines")).getFirst();
        long firstCommune = app.context().getBean(vn.trienkhai.core.unit.UnitService.class).subtree(officerActor, districtId).stream()
                .filter(unit -> unit.code().equals(line.get("unitCode"))).findFirst().orElseThrow().id();
        Figure before = entry.figures(officerActor, firstCommune, year).stream().filter(figure -> figure.indicatorId() == households.id())
                .findFirst().orElseThrow();
        entry.save(officerActor, new FigureBatch(List.of(new FigureInput(1, households.id(), firstCommune, year, null,
                before.numerator().add(BigDecimal.ONE), before.denominator(), before.version())), Source.MANUAL));

        Response stale = upload(officer, "/api/figures/sheet", filled);
        assertEquals(409, stale.status(), stale.body());
        assertEquals("figure.changed-by-someone-else", stale.object().get("code"));
        assertFalse(entry.figures(officerActor, firstCommune, year).stream().anyMatch(figure -> figure.indicatorId() == clubs.id()),
                "the other figure of the upload was not saved either");
    }

    @Test
    void aUnitOutOfScopeAFileThatIsNotATemplateAndATooLargeOneAreRefused() {
        RunningApp.Client commune = app.as("banbo.baocao");
        assertEquals(404, commune.download(template(YEAR)).statusCode());
        byte[] districtTemplate = officer.download(template(YEAR)).body();
        Response outside = upload(commune, "/api/figures/sheet/preview", districtTemplate);
        assertEquals(404, outside.status(), outside.body());
        Response notXlsx = upload(officer, "/api/figures/sheet/preview", "không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notXlsx.status(), notXlsx.body());
        assertEquals("figure.sheet.not-xlsx", notXlsx.object().get("code"));
        Response tooLarge = upload(officer, "/api/figures/sheet/preview", new byte[FigureSheets.MAX_BYTES + 1]);
        assertEquals(422, tooLarge.status(), tooLarge.body());
        assertEquals("figure.sheet.too-large", tooLarge.object().get("code"));
        assertEquals(422, officer.get("/api/figures/sheet.xlsx?dataSetId=" + dataSetId + "&unitId=" + districtId + "&period=mot-nam").status());
    }

    private String template(Period period) {
        return "/api/figures/sheet.xlsx?dataSetId=" + dataSetId + "&unitId=" + districtId + "&period=" + period.code();
    }

    /** The workbook after {@code change}, given its data sheet and column keys. */
    private byte[] edit(byte[] xlsx, BiConsumer<Sheet, List<String>> change) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> keys = java.util.stream.StreamSupport.stream(sheet.getRow(5).spliterator(), false)
                    .map(formatter::formatCellValue).toList();
            change.accept(sheet, keys);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row lastRow(Sheet sheet) {
        return sheet.getRow(sheet.getLastRowNum());
    }

    private static String text(Row row, int column) {
        return new DataFormatter().formatCellValue(row.getCell(column));
    }

    /** A multipart form whose part "file" holds {@code content}. */
    private static Response upload(RunningApp.Client client, String path, byte[] content) {
        String boundary = "trienkhai-" + Long.toHexString(new Random().nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"so-lieu.xlsx\"\r\nContent-Type: "
                + FigureSheets.CONTENT_TYPE + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send("POST", path, "multipart/form-data; boundary=" + boundary, BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
