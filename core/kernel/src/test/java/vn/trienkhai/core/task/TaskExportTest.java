package vn.trienkhai.core.task;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.ParsedDeadline;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task list exported to Excel: Vietnamese headers, real dates, and the actor's scope only. */
@MicronautTest(transactional = false)
class TaskExportTest extends PostgresTest {

    private static final String COMMUNE_A_TASK = "Xã A chủ trì tổ chức hội nghị quán triệt, xong trong tháng 3/2022.";
    private static final String COMMUNE_B_TASK = "Xã B chủ trì tổ chức hội nghị quán triệt.";

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject DocumentImport importer;
    @Inject TaskExport export;

    private Actor admin;
    private Actor reporterA;

    @BeforeAll
    void provincePlan() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        ImportDraft draft = new ImportDraft("20-KH/TU", 20, DocumentKind.KH, "TU", LocalDate.of(2022, 1, 20), "A",
                "Kế hoạch quán triệt nghị quyết", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new ParsedTask(COMMUNE_A_TASK, "III.1", "Xã A", List.of(),
                                new ParsedDeadline(DeadlineType.MONTH, LocalDate.of(2022, 3, 31)), null),
                        new ParsedTask(COMMUNE_B_TASK, "III.2", "Xã B", List.of(), ParsedDeadline.NONE, null)),
                List.of(), null);
        importer.save(admin, new SaveImportRequest(draft, null, org.organisation.rootUnitId(), Map.of()));
        reporterA = org.signedIn(Role.REPORTER, org.communeA);
    }

    @Test
    void theWorkbookHasVietnameseHeadersFrozenAndRealDates() throws IOException {
        try (XSSFWorkbook workbook = open(export.export(admin, TaskFilter.subtree(null), TaskSort.DUE))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("STT", "Nhiệm vụ", "Văn bản", "Mục", "Đơn vị", "Vai trò (Chủ trì/Phối hợp)", "Hạn", "Trạng thái",
                    "Tiến độ %", "Ngày hoàn thành", "Tình trạng thời hạn"), texts(sheet.getRow(0)));
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertNotNull(sheet.getPaneInformation());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0) * 5, "the task's text gets the widest column");

            Row first = sheet.getRow(1);
            assertEquals(COMMUNE_A_TASK, first.getCell(1).getStringCellValue());
            assertTrue(first.getCell(1).getCellStyle().getWrapText());
            assertEquals("Chủ trì", first.getCell(5).getStringCellValue());
            Cell due = first.getCell(6);
            assertEquals(CellType.NUMERIC, due.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(due));
            assertEquals("dd/mm/yyyy", due.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2022, 3, 31), due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Chưa thực hiện", first.getCell(7).getStringCellValue());
            assertEquals("Quá hạn", first.getCell(10).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "two tasks, no cut notice");
        }
    }

    @Test
    void aCommuneReportersExportHoldsOnlyItsCommunesTasks() throws IOException {
        try (XSSFWorkbook workbook = open(export.export(reporterA, TaskFilter.subtree(null), TaskSort.UNIT))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> unitsListed = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                unitsListed.add(sheet.getRow(index).getCell(4).getStringCellValue());
            }
            assertEquals(List.of("Xã A"), unitsListed);
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
