package vn.trienkhai.core.indicator;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.indicator.FigureSheets.Preview;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.DataSetRequest;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spreadsheet round trip: a template, a preview naming every error's row and column, a save of all or nothing (DD004). */
@MicronautTest(transactional = false)
class FigureSheetsTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject IndicatorCatalogue catalogue;
    @Inject FigureEntry entry;
    @Inject FigureLocks locks;
    @Inject FigureSheets sheets;

    private TestOrganisation org;
    private Actor admin;
    private Actor officer;
    private Unit communeA2;
    private Indicator households;
    private Indicator sessions;
    private Indicator meetings;
    private DataSet dataSet;

    @BeforeAll
    void dataSet() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        officer = org.signedIn(Role.OFFICER, org.districtA);
        communeA2 = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.COMMUNE, "XA2", "Xã A Hai", TestOrganisation.START));
        households = catalogue.define(admin, IndicatorFiguresTest.ratio("VH01"));
        sessions = catalogue.define(admin, IndicatorFiguresTest.simple("TT01", ValueType.COUNT, Aggregation.SUM, Source.MANUAL));
        meetings = catalogue.define(admin, new IndicatorRequest("HU01", "Số hội nghị của huyện ủy", ValueType.COUNT, Aggregation.SUM, null, null,
                Set.of(PeriodKind.YEAR), Set.of(UnitKind.COMMITTEE), Source.MANUAL, null, true, null));
        dataSet = catalogue.saveDataSet(admin, null, new DataSetRequest("Khảo sát văn hóa",
                List.of(households.id(), sessions.id(), meetings.id()), null));
    }

    @Test
    void theTemplateHasTheTitleKeysLabelsUnitsAndTheFiguresEntered() throws IOException {
        Period year = Period.year(2022);
        entry.save(admin, new FigureBatch(List.of(new FigureInput(1, households.id(), org.communeA.id(), year, null,
                new BigDecimal("80"), new BigDecimal("100"), null)), Source.MANUAL));
        locks.lock(admin, communeA2.id(), year);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheets.template(officer, dataSet.id(), org.districtA.id(), year)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Khảo sát văn hóa", text(sheet, 0, 0));
            assertEquals("Đơn vị: Huyện ủy A", text(sheet, 1, 0));
            assertEquals("Kỳ số liệu: Năm 2022 (mã 2022)", text(sheet, 2, 0));
            assertEquals("Đã khóa (báo cáo đã duyệt), không sửa được: Xã A Hai", text(sheet, 4, 0));
            assertEquals(List.of("ma_don_vi", "ten_don_vi", "VH01.tu", "VH01.mau", "TT01", "HU01"), texts(sheet.getRow(5)));
            assertEquals(List.of("Mã đơn vị", "Tên đơn vị", "VH01 – tử số: Số hộ đạt chuẩn văn hóa", "VH01 – mẫu số: Tổng số hộ",
                    "TT01 – Chỉ tiêu TT01", "HU01 – Số hội nghị của huyện ủy"), texts(sheet.getRow(6)));
            assertEquals(Set.of("HA", "XA", "XA2"), Set.of(text(sheet, 7, 0), text(sheet, 8, 0), text(sheet, 9, 0)));
            int communeRow = rowOf(sheet, "XA");
            assertEquals(80.0, sheet.getRow(communeRow).getCell(2).getNumericCellValue());
            assertEquals(100.0, sheet.getRow(communeRow).getCell(3).getNumericCellValue());
            assertEquals(FillPatternType.SOLID_FOREGROUND, sheet.getRow(communeRow).getCell(5).getCellStyle().getFillPattern());
            assertEquals(FillPatternType.SOLID_FOREGROUND, sheet.getRow(rowOf(sheet, "HA")).getCell(2).getCellStyle().getFillPattern());
            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(1));
        }
    }

    @Test
    void thePreviewNamesEveryErrorByRowAndColumnAndSavesNothing() throws IOException {
        Period year = Period.year(2023);
        byte[] template = sheets.template(officer, dataSet.id(), org.districtA.id(), year);
        int stranger = lastRow(template) + 2;
        byte[] filled = fill(template, Map.of(
                "XA", Map.of("VH01.tu", "120", "VH01.mau", 100, "TT01", "mười"),
                "XA2", Map.of("VH01.mau", 50, "TT01", 4),
                "HA", Map.of("HU01", 3, "VH01.tu", 9)), "ZZ", "XX01");
        Preview preview = sheets.preview(officer, filled);
        int xa = sheetRow(filled, "XA");
        int xa2 = sheetRow(filled, "XA2");
        Map<String, String> errors = preview.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
        assertEquals(Set.of("figures[" + xa + "].VH01.tu", "figures[" + xa + "].TT01", "figures[" + xa2 + "].VH01.tu", "figures[6].XX01",
                "figures[" + stranger + "].ma_don_vi"), errors.keySet(), errors.toString());
        assertEquals("Dòng " + xa + ", cột C: Tử số (120) không được lớn hơn mẫu số (100).", errors.get("figures[" + xa + "].VH01.tu"));
        assertEquals("Dòng " + xa + ", cột E: \"mười\" không phải là số.", errors.get("figures[" + xa + "].TT01"));
        assertEquals("Dòng " + xa2 + ", cột C: Hãy nhập tử số.", errors.get("figures[" + xa2 + "].VH01.tu"));
        assertTrue(errors.get("figures[" + stranger + "].ma_don_vi").endsWith("Không có đơn vị mã \"ZZ\" trong Huyện ủy A."));
        assertFalse(preview.valid());
        // the greyed cell of the district (VH01) is ignored; its meetings and the commune's sessions are valid lines
        assertEquals(Set.of("HA/HU01", "XA/VH01", "XA2/VH01", "XA2/TT01"), preview.lines().stream().filter(line -> line.indicatorCode() != null)
                .map(line -> line.unitCode() + "/" + line.indicatorCode()).collect(Collectors.toSet()));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> sheets.save(officer, filled));
        assertEquals(5, refused.fieldErrors().size());
        assertEquals(List.of(), entry.figures(admin, communeA2.id(), year));
        assertEquals(List.of(), entry.figures(admin, org.districtA.id(), year));
    }

    @Test
    void aValidUploadSavesItsFilledCellsAsImportedAndBlankCellsAreNoFigure() throws IOException {
        Period year = Period.year(2024);
        byte[] filled = fill(sheets.template(officer, dataSet.id(), org.districtA.id(), year), Map.of(
                "XA", Map.of("VH01.tu", 45, "VH01.mau", "60", "TT01", "12"),
                "XA2", Map.of("VH01.tu", "7,5", "VH01.mau", 10)), null, null);
        Preview preview = sheets.preview(officer, filled);
        assertEquals(List.of(), preview.errors());
        assertEquals(3, preview.lines().size());
        List<Figure> saved = sheets.save(officer, filled);
        assertEquals(3, saved.size());
        assertTrue(saved.stream().allMatch(figure -> figure.source() == Source.IMPORTED));
        Map<Long, Figure> commune = entry.figures(admin, org.communeA.id(), year).stream()
                .collect(Collectors.toMap(Figure::indicatorId, figure -> figure));
        assertEquals(0, new BigDecimal("75").compareTo(commune.get(households.id()).value()));
        assertEquals(0, new BigDecimal("12").compareTo(commune.get(sessions.id()).value()));
        assertEquals(List.of(households.id()), entry.figures(admin, communeA2.id(), year).stream().map(Figure::indicatorId).toList());
        assertEquals(List.of(), entry.figures(admin, org.districtA.id(), year));
        // a fresh template of the same figures changes nothing; the first file, read before they existed, is now stale
        byte[] again = fill(sheets.template(officer, dataSet.id(), org.districtA.id(), year), Map.of(), null, null);
        assertEquals(0, sheets.preview(officer, again).lines().size());
        assertEquals(3, sheets.preview(officer, again).unchanged());
        assertThrows(ConflictException.class, () -> sheets.save(officer, filled));
    }

    @Test
    void anUploadOverAFigureChangedInBetweenIsStaleAndSavesNothing() throws IOException {
        Period year = Period.year(2021);
        Figure first = entry.save(admin, new FigureBatch(List.of(new FigureInput(1, sessions.id(), org.communeA.id(), year, BigDecimal.ONE,
                null, null, null)), Source.MANUAL)).getFirst();
        byte[] template = sheets.template(officer, dataSet.id(), org.districtA.id(), year);
        entry.save(admin, new FigureBatch(List.of(new FigureInput(1, sessions.id(), org.communeA.id(), year, BigDecimal.TWO, null, null,
                first.version())), Source.MANUAL));
        byte[] filled = fill(template, Map.of("XA", Map.of("TT01", 5), "XA2", Map.of("TT01", 6)), null, null);
        Preview preview = sheets.preview(officer, filled);
        assertEquals("figure.changed-by-someone-else", preview.errors().getFirst().code());
        assertEquals("figures[" + sheetRow(filled, "XA") + "].TT01", preview.errors().getFirst().field());
        assertThrows(ConflictException.class, () -> sheets.save(officer, filled));
        assertEquals(0, BigDecimal.TWO.compareTo(entry.figures(admin, org.communeA.id(), year).getFirst().value()));
        assertEquals(List.of(), entry.figures(admin, communeA2.id(), year));
    }

    @Test
    void aLockedUnitRefusesChangesButItsUnchangedCellsPass() throws IOException {
        Period year = Period.year(2020);
        entry.save(admin, new FigureBatch(List.of(new FigureInput(1, sessions.id(), communeA2.id(), year, BigDecimal.TEN, null, null, null)),
                Source.MANUAL));
        locks.lock(admin, communeA2.id(), year);
        byte[] template = sheets.template(officer, dataSet.id(), org.districtA.id(), year);
        byte[] untouched = fill(template, Map.of("XA", Map.of("TT01", 3)), null, null);
        assertEquals(List.of(), sheets.preview(officer, untouched).errors());
        byte[] changed = fill(template, Map.of("XA2", Map.of("TT01", 11)), null, null);
        FieldError locked = sheets.preview(officer, changed).errors().getFirst();
        assertEquals("figure.locked", locked.code());
        assertEquals("figures[" + sheetRow(changed, "XA2") + "].TT01", locked.field());
    }

    @Test
    void aFileThatIsNotOurTemplateOrTooLargeIsRefusedWithAClearMessage() throws IOException {
        InvalidRequestException notXlsx = assertThrows(InvalidRequestException.class, () -> sheets.preview(officer, "xin chào".getBytes()));
        assertEquals("Tệp không phải là bảng tính Excel (.xlsx).", notXlsx.getMessage());
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Trang 1").createRow(0).createCell(0).setCellValue("Bảng khác");
            workbook.write(other);
        }
        assertEquals("figure.sheet.not-template",
                assertThrows(InvalidRequestException.class, () -> sheets.preview(officer, other.toByteArray())).code());
        byte[] template = sheets.template(officer, dataSet.id(), org.districtA.id(), Period.year(2022));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            workbook.getSheetAt(0).createRow(7 + FigureSheets.MAX_UNITS).createCell(0).setCellValue("XA");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            assertEquals("figure.sheet.too-many-rows",
                    assertThrows(InvalidRequestException.class, () -> sheets.preview(officer, out.toByteArray())).code());
        }
        assertEquals("figure.sheet.too-large",
                assertThrows(InvalidRequestException.class, () -> sheets.preview(officer, new byte[FigureSheets.MAX_BYTES + 1])).code());
    }

    /**
     * Fills the cells of the units' rows by column key; {@code strangerCode} adds a row of an unknown unit two rows below
     * the last, {@code strangeKey} a column of an unknown key.
     */
    private static byte[] fill(byte[] template, Map<String, Map<String, Object>> values, String strangerCode, String strangeKey)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> keys = texts(sheet.getRow(5));
            values.forEach((code, cells) -> cells.forEach((key, value) -> {
                Cell cell = sheet.getRow(rowOf(sheet, code)).getCell(keys.indexOf(key));
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue((String) value);
                }
            }));
            if (strangerCode != null) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 2);
                row.createCell(0).setCellValue(strangerCode);
                row.createCell(4).setCellValue(1);
            }
            if (strangeKey != null) {
                sheet.getRow(5).createCell(keys.size()).setCellValue(strangeKey);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The spreadsheet row number (from 1) of the last row. */
    private static int lastRow(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0).getLastRowNum() + 1;
        }
    }

    /** The spreadsheet row number (from 1) of a unit's row. */
    private static int sheetRow(byte[] xlsx, String code) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return rowOf(workbook.getSheetAt(0), code) + 1;
        }
    }

    private static int rowOf(Sheet sheet, String code) {
        for (int index = 7; index <= sheet.getLastRowNum(); index++) {
            if (sheet.getRow(index) != null && code.equals(text(sheet, index, 0))) {
                return index;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        return java.util.stream.StreamSupport.stream(row.spliterator(), false).map(formatter::formatCellValue).toList();
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? null : new DataFormatter().formatCellValue(cell);
    }
}
