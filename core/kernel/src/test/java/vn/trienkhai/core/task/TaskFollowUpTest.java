package vn.trienkhai.core.task;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentEditor;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.DocumentRequests.NewTaskRequest;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.DocumentTasks;
import vn.trienkhai.core.document.TaskKind;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.ParsedDeadline;
import vn.trienkhai.core.document.parsing.ParsedTarget;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.document.parsing.TargetUnit;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.notification.Notifications;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.task.TaskAttachments.NewFile;
import vn.trienkhai.core.task.TaskModel.Entry;
import vn.trienkhai.core.task.TaskModel.Occurrence;
import vn.trienkhai.core.task.TaskModel.Part;
import vn.trienkhai.core.task.TaskModel.PartRole;
import vn.trienkhai.core.task.TaskModel.TaskDetails;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.task.TaskRequests.CommentRequest;
import vn.trienkhai.core.task.TaskRequests.ProgressReport;
import vn.trienkhai.core.task.TaskRequests.StatusChange;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.task.TaskWork.Reported;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A district plan's tasks given to its units, worked on, and followed up (DD003). */
@MicronautTest(transactional = false)
class TaskFollowUpTest extends PostgresTest {

    private static final String OWN_PLAN = "Các chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện, xong trong tháng 3/2022.";
    private static final String PROPAGANDA = "Ban Tuyên giáo Huyện ủy A chủ trì, phối hợp với Xã A tuyên truyền kế hoạch.";
    private static final String REPORT = "Định kỳ 6 tháng, cuối năm báo cáo kết quả thực hiện.";

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject DocumentImport importer;
    @Inject DocumentRegistry registry;
    @Inject DocumentEditor editor;
    @Inject TaskBoard board;
    @Inject TaskPage page;
    @Inject TaskWork work;
    @Inject TaskAssignment assignment;
    @Inject Notifications notifications;
    @Inject TaskAttachments attachments;
    @Inject DocumentTasks tasks;

    private TestOrganisation org;
    private Actor admin;
    private Unit secondCommune;
    private Unit propaganda;
    private Document plan;
    private Actor reporterA;
    private Actor reporterA2;
    private Actor reporterB;
    private Actor officerA2;
    private Actor propagandaOfficer;

    @Override
    protected Map<String, String> extraProperties() {
        try {
            return Map.of("trienkhai.data-dir", Files.createTempDirectory("task-files").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void districtPlan() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        secondCommune = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.COMMUNE, "XA2", "Xã A Hai",
                TestOrganisation.START));
        propaganda = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.DEPARTMENT, "BTG", "Ban Tuyên giáo Huyện ủy A",
                TestOrganisation.START));
        ImportDraft draft = new ImportDraft("15-KH/HU", 15, DocumentKind.KH, "HU", LocalDate.of(2022, 1, 15), "A",
                "Kế hoạch thực hiện công tác tư tưởng", List.of(), List.of(), List.of(), List.of(),
                List.of(new ParsedTarget("100% xã có trạm truyền thanh", new BigDecimal("100"), TargetUnit.PERCENT, 2023)),
                List.of(new ParsedTask(OWN_PLAN, "III.1", "Các chi, đảng bộ cơ sở", List.of(),
                                new ParsedDeadline(DeadlineType.MONTH, LocalDate.of(2022, 3, 31)), null),
                        new ParsedTask(PROPAGANDA, "III.2", "Ban Tuyên giáo Huyện ủy A", List.of("Xã A"), ParsedDeadline.NONE, null),
                        new ParsedTask(REPORT, "III.3", null, List.of(), ParsedDeadline.NONE, Recurrence.HALF_YEARLY)),
                List.of(), null);
        plan = importer.save(admin, new SaveImportRequest(draft, null, org.districtA.id(), Map.of()));
        reporterA = org.signedIn(Role.REPORTER, org.communeA);
        reporterA2 = org.signedIn(Role.REPORTER, secondCommune);
        reporterB = org.signedIn(Role.REPORTER, org.communeB);
        officerA2 = org.signedIn(Role.OFFICER, secondCommune);
        propagandaOfficer = org.signedIn(Role.OFFICER, propaganda);
    }

    @Test
    void aGroupsTaskFansOutToOneChildTaskPerUnitAndAskingForAPlanMarksItsKind() {
        TaskLine communeLine = mine(reporterA).getFirst();
        assertEquals(OWN_PLAN, communeLine.text());
        assertEquals(TaskKind.OWN_PLAN, communeLine.kind());
        assertEquals(LocalDate.of(2022, 3, 31), communeLine.due());
        TaskDetails group = page.get(admin, communeLine.parentTaskId());
        assertEquals(List.of("Xã A", "Xã A Hai"), group.children().stream().map(TaskModel.ChildProgress::unitName).toList());
        assertTrue(group.occurrences().stream().allMatch(occurrence -> occurrence.parts().isEmpty()), "the group's task has no lead of its own");
    }

    @Test
    void aRecurringReportFallsDueAtTheEndOfEachHalfYearUntilThePlansLastTargetAndGoesToTheIssuer() {
        TaskLine report = lines(admin, TaskFilter.subtree(org.districtA.id())).stream()
                .filter(line -> line.text().equals(REPORT)).findFirst().orElseThrow();
        TaskDetails details = page.get(admin, report.taskId());
        assertEquals(List.of(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 31)),
                details.occurrences().stream().map(Occurrence::due).toList());
        assertEquals(org.districtA.id(), details.occurrences().getFirst().parts().getFirst().unitId());
        assertEquals(0, assignment.extendToHorizon(org.organisation.id()), "a duty that ended gets no more occurrences");
    }

    @Test
    void theLeadAndTheCoordinatingUnitHaveTheirOwnPartsAndTheCoordinatorMayCommentOnTheLeads() {
        Actor officer = propagandaOfficer;
        TaskLine lead = mine(officer).stream().filter(line -> line.text().equals(PROPAGANDA)).findFirst().orElseThrow();
        assertEquals(PartRole.LEAD, lead.role());
        TaskDetails details = page.get(officer, lead.taskId());
        List<Part> parts = details.occurrences().getFirst().parts();
        assertEquals(List.of(PartRole.LEAD, PartRole.COORDINATE), parts.stream().map(Part::role).toList());
        assertEquals(org.communeA.id(), parts.get(1).unitId());

        Actor commune = reporterA;
        work.comment(commune, lead.partId(), new CommentRequest("Xã đã chuẩn bị loa truyền thanh."));
        assertTrue(notifications.list(officer).stream().anyMatch(notice -> notice.text().contains("góp ý")));
        assertThrows(NotFoundException.class, () -> work.report(commune, lead.partId(), new ProgressReport(null, "x", 10, lead.version())),
                "the coordinating commune reports on its own part, not on the lead's");
    }

    @Test
    void finishingNeedsANoteIsRecordedAndAStaleVersionChangesNothing() {
        Actor reporter = reporterA;
        TaskLine line = mine(reporter).stream().filter(candidate -> candidate.text().equals(PROPAGANDA)).findFirst().orElseThrow();
        InvalidRequestException noNote = assertThrows(InvalidRequestException.class,
                () -> work.changeStatus(reporter, line.partId(), new StatusChange(TaskStatus.DONE, " ", null, line.version())));
        assertEquals("note", noNote.fieldErrors().getFirst().field());
        var progressed = work.report(reporter, line.partId(), new ProgressReport(null, "Đã treo 5 băng rôn.", 40, line.version()));
        assertEquals(TaskStatus.IN_PROGRESS.name(), progressed.status());
        assertThrows(ConflictException.class, () -> work.changeStatus(reporter, line.partId(),
                new StatusChange(TaskStatus.DONE, "Xong", null, line.version())), "the version read before the progress report is stale");
        assertThrows(ForbiddenException.class, () -> work.changeStatus(reporter, line.partId(),
                new StatusChange(TaskStatus.CANCELLED, "Không làm", null, progressed.version())), "only officers cancel");
        var done = work.changeStatus(reporter, line.partId(), new StatusChange(TaskStatus.DONE, "Đã tuyên truyền ở 8 bản.", null,
                progressed.version()));
        assertEquals(100, done.percent());
        var reopened = work.changeStatus(reporter, line.partId(), new StatusChange(TaskStatus.IN_PROGRESS, "Bổ sung", null, done.version()));
        assertNull(reopened.doneOn());
        TaskDetails details = page.get(reporter, line.taskId());
        assertEquals(List.of("PROGRESS", "STATUS", "STATUS"), details.history().stream()
                .filter(entry -> entry.partId() == line.partId()).map(entry -> entry.kind().name()).toList());
    }

    @Test
    void aCommuneSeesItsOwnPartsButNotAnotherDistrictsTasks() {
        Actor other = reporterB;
        assertTrue(mine(other).isEmpty());
        long taskId = mine(reporterA).getFirst().taskId();
        assertThrows(NotFoundException.class, () -> page.get(other, taskId));
        Actor secondReporter = reporterA2;
        assertTrue(mine(secondReporter).stream().noneMatch(line -> line.unitId() == org.communeA.id()));
    }

    @Test
    void issuingItsOwnPlanFulfilsTheCommunesTaskByItselfAndTheOverdueFilterFollows() {
        Actor reporter = reporterA2;
        assertEquals(Timeliness.OVERDUE, mine(reporter).getFirst().timeliness());
        Actor officer = officerA2;
        Document own = registry.register(officer, new RegisterDocumentRequest("Số 3-KH/ĐU", null, LocalDate.of(2022, 3, 20), null,
                "Kế hoạch của Đảng ủy xã A Hai", secondCommune.id(), null, Status.ISSUED, plan.id()));
        TaskLine fulfilled = lines(reporter, new TaskFilter(null, true, Set.of(TaskStatus.DONE), null, null, null, null, null, null, null)).getFirst();
        assertEquals(LocalDate.of(2022, 3, 20), fulfilled.doneOn());
        assertEquals(Timeliness.DONE_ON_TIME, fulfilled.timeliness());
        assertTrue(lines(admin, new TaskFilter(org.districtA.id(), false, null, Set.of(Timeliness.OVERDUE), null, null, null, null, null, null))
                .stream().noneMatch(line -> line.partId() == fulfilled.partId()));
        assertThrows(ConflictException.class, () -> editor.delete(admin, plan.id(), plan.version()),
                "a plan whose tasks were worked on stays (here it is also implemented)");
        assertTrue(own.id() > 0);
    }

    @Test
    void aProgressReportCarriesItsFilesWhichOnlyThoseWhoSeeTheTaskOpen() throws IOException {
        TaskLine report = lines(admin, TaskFilter.subtree(org.districtA.id())).stream()
                .filter(line -> line.text().equals(REPORT)).findFirst().orElseThrow();
        work.report(admin, report.partId(), new ProgressReport(LocalDate.of(2022, 6, 20), "Đã gửi báo cáo 6 tháng.", 50, report.version()));
        long entryId = page.get(admin, report.taskId()).history().getLast().id();
        byte[] pdf = "%PDF-1.7 báo cáo".getBytes(StandardCharsets.UTF_8);
        var file = attachments.add(admin, entryId, "C:\\bao-cao\\6-thang.pdf", new ByteArrayInputStream(pdf));
        assertEquals("6-thang.pdf", file.fileName());
        assertEquals(List.of(file), page.get(admin, report.taskId()).history().getLast().files());
        try (var download = attachments.open(admin, file.id())) {
            assertEquals(pdf.length, download.content().readAllBytes().length);
        }
        assertThrows(NotFoundException.class, () -> attachments.open(reporterB, file.id()));
        assertThrows(InvalidRequestException.class, () -> attachments.add(admin, entryId, "a.exe", new ByteArrayInputStream(new byte[] {'M', 'Z'})));
    }

    @Test
    void aReportIsSavedWithItsFilesOrNotAtAll() {
        TaskLine report = lines(admin, TaskFilter.subtree(org.districtA.id())).stream()
                .filter(line -> line.text().equals(REPORT)).findFirst().orElseThrow();
        int entriesBefore = page.get(admin, report.taskId()).history().size();
        ProgressReport progress = new ProgressReport(LocalDate.of(2022, 6, 25), "Đã họp, có biên bản.", 55, report.version());
        byte[] pdf = "%PDF-1.7 biên bản".getBytes(StandardCharsets.UTF_8);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> work.report(admin, report.partId(), progress,
                List.of(new NewFile("bien-ban.pdf", pdf), new NewFile("anh.pdf", new byte[] {'M', 'Z'}))));
        assertEquals("attachment.type.refused", refused.code());
        assertEquals("files", refused.fieldErrors().getFirst().field());
        assertTrue(refused.getMessage().contains("anh.pdf"), refused.getMessage());
        assertEquals(entriesBefore, page.get(admin, report.taskId()).history().size(), "the report is not saved without its file");

        Reported reported = work.report(admin, report.partId(), progress, List.of(new NewFile("bien-ban.pdf", pdf)));
        Entry entry = page.get(admin, report.taskId()).history().stream().filter(saved -> saved.id() == reported.entryId())
                .findFirst().orElseThrow();
        assertEquals(reported.files(), entry.files());
        assertEquals("bien-ban.pdf", entry.files().getFirst().fileName());
        assertEquals(55, reported.part().percent());
    }

    @Test
    void anOfficerGivesATaskByHandToTheDistrictsCommunesWhichFansOutAndIsFollowedUpLikeAnImportedOne() {
        Actor officer = org.signedIn(Role.OFFICER, org.districtA);
        var given = tasks.add(officer, plan.id(), new NewTaskRequest("Kiểm tra cụm loa truyền thanh các bản", "III.4",
                List.of(org.communeA.id(), secondCommune.id()), List.of(propaganda.id()), DeadlineType.QUARTER, LocalDate.of(2022, 8, 10),
                null, null));
        TaskDetails details = page.get(officer, given.id());
        assertEquals(2, details.children().size());
        assertEquals(PartRole.COORDINATE, details.occurrences().getFirst().parts().getFirst().role());
        TaskLine commune = mine(reporterA).stream().filter(line -> line.taskId() != given.id() && "III.4".equals(line.section()))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2022, 9, 30), commune.due());

        InvalidRequestException outside = assertThrows(InvalidRequestException.class, () -> tasks.add(officer, plan.id(),
                new NewTaskRequest("Việc của huyện khác", null, List.of(org.communeB.id()), List.of(), DeadlineType.NONE, null, null, null)));
        assertEquals("leadUnitIds", outside.fieldErrors().getFirst().field());
        InvalidRequestException empty = assertThrows(InvalidRequestException.class, () -> tasks.add(officer, plan.id(),
                new NewTaskRequest(" ", null, List.of(), List.of(), DeadlineType.MONTH, null, null, null)));
        assertEquals(List.of("text", "leadUnitIds", "deadline"), empty.fieldErrors().stream().map(error -> error.field()).toList());
        assertThrows(ForbiddenException.class, () -> tasks.add(officerA2, plan.id(), new NewTaskRequest("x", null,
                List.of(secondCommune.id()), List.of(), DeadlineType.NONE, null, null, null)), "a commune does not give tasks on the district's plan");
    }

    private List<TaskLine> mine(Actor actor) {
        return lines(actor, TaskFilter.mine());
    }

    private List<TaskLine> lines(Actor actor, TaskFilter filter) {
        return board.list(actor, filter, TaskSort.DUE, Pageable.from(0, 50)).getContent();
    }
}
