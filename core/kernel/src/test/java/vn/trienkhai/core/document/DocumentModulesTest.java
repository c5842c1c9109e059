package vn.trienkhai.core.document;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.audit.AuditEntry;
import vn.trienkhai.core.audit.AuditLog;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRequests.NewTaskRequest;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.task.TaskBoard;
import vn.trienkhai.core.task.TaskExport;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestModule;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The domains a document belongs to: chosen by its holder among the enabled modules, and the task lists filtered by them. */
@MicronautTest(transactional = false)
class DocumentModulesTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement enablement;
    @Inject DocumentRegistry registry;
    @Inject DocumentEditor editor;
    @Inject DocumentTasks tasks;
    @Inject DocumentModules modules;
    @Inject TaskBoard board;
    @Inject TaskExport export;
    @Inject AuditLog audit;

    private TestOrganisation org;
    private Actor admin;
    private Actor officer;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.test.module", "on");
    }

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        enablement.setEnabled(admin, TestModule.ID, true);
        officer = org.signedIn(Role.OFFICER, org.districtA);
    }

    @Test
    void theHolderChoosesAnEnabledModuleWhichIsShownAndAudited() {
        Document plan = plan("Kế hoạch tuyên truyền cụm loa");
        assertEquals(List.of(), registry.get(officer, plan.id()).moduleIds());
        assertEquals(List.of(TestModule.ID), modules.set(officer, plan.id(), List.of(" " + TestModule.ID, TestModule.ID)));
        assertEquals(List.of(TestModule.ID), modules.list(officer, plan.id()));
        assertEquals(List.of(TestModule.ID), registry.get(admin, plan.id()).moduleIds());

        AuditEntry entry = audit.search(admin, null, "document_module", null, null, Pageable.from(0, 20)).getContent().stream()
                .filter(candidate -> candidate.entityId() == plan.id()).findFirst().orElseThrow();
        assertEquals(AuditEntry.Action.UPDATE, entry.action());
        assertEquals(List.of(new AuditEntry.Change("moduleIds", null, TestModule.ID)), entry.changes());

        assertEquals(List.of(), modules.set(officer, plan.id(), List.of()));
        assertEquals(List.of(), modules.list(officer, plan.id()));
    }

    @Test
    void anUnknownOrDisabledModuleIsRefusedOnItsFieldAndNothingChanges() {
        Document plan = plan("Kế hoạch về báo chí");
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
                () -> modules.set(officer, plan.id(), List.of(TestModule.ID, "press")));
        assertEquals(List.of("moduleIds"), unknown.fieldErrors().stream().map(field -> field.field()).toList());
        assertTrue(unknown.getMessage().contains("press"), unknown.getMessage());
        assertEquals(List.of(), modules.list(officer, plan.id()));
        assertThrows(InvalidRequestException.class, () -> modules.set(officer, plan.id(), null));

        modules.set(officer, plan.id(), List.of(TestModule.ID));
        enablement.setEnabled(admin, TestModule.ID, false);
        try {
            // chosen before it was switched off, the module stays until removed; a document without it cannot take it
            assertEquals(List.of(TestModule.ID), modules.set(officer, plan.id(), List.of(TestModule.ID)));
            Document other = plan("Kế hoạch khác");
            assertThrows(InvalidRequestException.class, () -> modules.set(officer, other.id(), List.of(TestModule.ID)));
        } finally {
            enablement.setEnabled(admin, TestModule.ID, true);
        }
    }

    @Test
    void onlyTheSubtreeHoldingTheDocumentMayChooseAndTheRowsGoWithTheDocument() {
        Document plan = plan("Kế hoạch của huyện A");
        Actor viewer = org.signedIn(Role.VIEWER, org.districtA);
        assertThrows(ForbiddenException.class, () -> modules.set(viewer, plan.id(), List.of(TestModule.ID)));
        Actor elsewhere = org.signedIn(Role.OFFICER, org.districtB);
        assertThrows(NotFoundException.class, () -> modules.set(elsewhere, plan.id(), List.of(TestModule.ID)));
        assertEquals(List.of(), modules.list(viewer, plan.id()));

        modules.set(officer, plan.id(), List.of(TestModule.ID));
        editor.delete(officer, plan.id(), registry.get(officer, plan.id()).document().version());
        assertThrows(NotFoundException.class, () -> modules.list(admin, plan.id()));
    }

    @Test
    void theTaskListsAndTheirExportKeepTheTasksOfTheModulesDocuments() throws IOException {
        Document tagged = plan("Kế hoạch có lĩnh vực");
        Document untagged = plan("Kế hoạch không có lĩnh vực");
        String marker = UUID.randomUUID().toString();
        task(tagged, marker + " việc của lĩnh vực");
        task(untagged, marker + " việc khác");
        modules.set(officer, tagged.id(), List.of(TestModule.ID));

        TaskFilter all = new TaskFilter(org.districtA.id(), false, null, null, null, null, null, null, marker, null);
        assertEquals(2, board.list(officer, all, TaskSort.DUE, Pageable.from(0, 50)).getTotalSize());
        TaskFilter byModule = new TaskFilter(org.districtA.id(), false, null, null, null, null, null, null, marker, TestModule.ID);
        Page<TaskLine> page = board.list(officer, byModule, TaskSort.DUE, Pageable.from(0, 50));
        assertEquals(1, page.getTotalSize());
        assertEquals(List.of(tagged.id()), page.getContent().stream().map(TaskLine::documentId).toList());
        TaskFilter moduleOnly = new TaskFilter(org.districtA.id(), false, null, null, null, null, null, null, null, TestModule.ID);
        assertTrue(board.list(officer, moduleOnly, TaskSort.DUE, Pageable.from(0, 50)).getContent().stream()
                .allMatch(line -> modules.list(officer, line.documentId()).contains(TestModule.ID)));
        TaskFilter otherModule = new TaskFilter(org.districtA.id(), false, null, null, null, null, null, null, marker, "press");
        assertEquals(0, board.list(officer, otherModule, TaskSort.DUE, Pageable.from(0, 50)).getTotalSize());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.export(officer, byModule, TaskSort.DUE)))) {
            assertEquals(1, workbook.getSheetAt(0).getLastRowNum(), "the header and the one task of the module");
            assertTrue(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue().endsWith("việc của lĩnh vực"));
        }
    }

    private Document plan(String title) {
        return registry.register(officer, new RegisterDocumentRequest(null, DocumentKind.KH, LocalDate.of(2025, 3, 1), null, title,
                org.districtA.id(), null, Status.ISSUED, null));
    }

    private void task(Document plan, String text) {
        tasks.add(officer, plan.id(), new NewTaskRequest(text, null, List.of(org.communeA.id()), List.of(), DeadlineType.DATE,
                LocalDate.of(2025, 6, 30), null, null));
    }
}
