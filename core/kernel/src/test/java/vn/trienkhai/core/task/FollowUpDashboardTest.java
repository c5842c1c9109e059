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
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.ParsedDeadline;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.task.FollowUpModel.FollowUp;
import vn.trienkhai.core.task.FollowUpModel.Period;
import vn.trienkhai.core.task.FollowUpModel.PeriodKind;
import vn.trienkhai.core.task.FollowUpModel.StateCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitOverdue;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskRequests.StatusChange;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The leaders' dashboard counts a hand-made set of parts in the four states, per unit, document and period. */
@MicronautTest(transactional = false)
class FollowUpDashboardTest extends PostgresTest {

    private static final String OVERDUE = "Xã A tổ chức hội nghị quán triệt.";
    private static final String ON_TIME = "Xã A treo băng rôn tuyên truyền.";
    private static final String LATE = "Xã A Hai tổ chức hội nghị quán triệt.";
    private static final String CANCELLED = "Xã A Hai tổ chức hội thi.";
    private static final String DUE_SOON = "Huyện ủy sơ kết việc thực hiện.";
    private static final String ONGOING = "Ban Tuyên giáo thường xuyên tuyên truyền.";

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject DocumentImport importer;
    @Inject TaskBoard board;
    @Inject TaskWork work;
    @Inject FollowUpDashboard dashboard;

    private TestOrganisation org;
    private Actor admin;
    private Unit secondCommune;
    private Unit propaganda;

    @BeforeAll
    void partsInEveryState() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        secondCommune = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.COMMUNE, "XA2", "Xã A Hai",
                TestOrganisation.START));
        propaganda = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.DEPARTMENT, "BTG",
                "Ban Tuyên giáo Huyện ủy A", TestOrganisation.START));
        LocalDate soon = LocalDate.now().plusDays(5);
        plan("15-KH/HU", org.districtA, List.of(
                task(OVERDUE, "Xã A", LocalDate.of(2022, 3, 31)),
                task(ON_TIME, "Xã A", LocalDate.of(2022, 6, 30)),
                task(LATE, "Xã A Hai", LocalDate.of(2022, 3, 31)),
                task(CANCELLED, "Xã A Hai", LocalDate.of(2022, 9, 30)),
                task(DUE_SOON, null, soon),
                new ParsedTask(ONGOING, "III.9", "Ban Tuyên giáo Huyện ủy A", List.of(), ParsedDeadline.NONE, null)));
        plan("16-KH/HU", org.districtB, List.of(task("Xã B tổ chức hội nghị quán triệt.", "Xã B", LocalDate.of(2022, 3, 31))));
        finish(ON_TIME, TaskStatus.DONE, LocalDate.of(2022, 6, 1));
        finish(LATE, TaskStatus.DONE, LocalDate.of(2022, 5, 10));
        finish(CANCELLED, TaskStatus.CANCELLED, null);
    }

    @Test
    void theCurrentViewCountsEachChildsPartsAndTheDistrictsOwnInTheFourStates() {
        FollowUp followUp = dashboard.get(admin, org.districtA.id(), null);
        assertEquals(List.of(
                        new UnitCounts(org.districtA.id(), "Huyện ủy A", true, new StateCounts(0, 0, 1, 1, 0)),
                        new UnitCounts(propaganda.id(), "Ban Tuyên giáo Huyện ủy A", false, new StateCounts(0, 0, 1, 0, 0)),
                        new UnitCounts(org.communeA.id(), "Xã A", false, new StateCounts(1, 0, 0, 0, 1)),
                        new UnitCounts(secondCommune.id(), "Xã A Hai", false, new StateCounts(0, 1, 0, 0, 0))),
                followUp.units());
        assertEquals(40, followUp.total().completionPercent(), "2 done of 5, the cancelled part left out");
        assertEquals(1, followUp.documents().size());
        assertEquals(followUp.total(), followUp.documents().getFirst().counts());
        assertEquals(List.of(new UnitOverdue(org.communeA.id(), "Xã A", 1)), followUp.mostOverdue());
        assertEquals(List.of(OVERDUE), followUp.overdue().stream().map(TaskLine::text).toList());
        assertEquals(List.of(DUE_SOON), followUp.dueSoon().stream().map(TaskLine::text).toList());
    }

    @Test
    void aPeriodCountsThePartsDueInItAndLeavesOutThoseWithoutADeadline() {
        FollowUp year = dashboard.get(admin, org.districtA.id(), Period.year(2022));
        assertEquals(List.of(new UnitCounts(org.communeA.id(), "Xã A", false, new StateCounts(1, 0, 0, 0, 1)),
                new UnitCounts(secondCommune.id(), "Xã A Hai", false, new StateCounts(0, 1, 0, 0, 0))), year.units());
        FollowUp firstQuarter = dashboard.get(admin, org.districtA.id(), new Period(PeriodKind.QUARTER, 2022, 1));
        assertEquals(new StateCounts(0, 1, 0, 0, 1), firstQuarter.total());
        assertEquals(LocalDate.of(2022, 3, 31), firstQuarter.to());
        FollowUp secondHalf = dashboard.get(admin, org.districtA.id(), new Period(PeriodKind.HALF_YEAR, 2022, 2));
        assertEquals(List.of(), secondHalf.units(), "the only part due then was cancelled");
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> dashboard.get(admin, org.districtA.id(), new Period(PeriodKind.QUARTER, 2022, 5)));
        assertEquals("period.index", refused.fieldErrors().getFirst().field());
    }

    @Test
    void anotherDistrictsPartsAreNeverCountedAndItsUnitsAreNotFound() {
        FollowUp province = dashboard.get(admin, null, null);
        assertEquals(List.of("Huyện ủy A", "Huyện ủy B"), province.units().stream().map(UnitCounts::unitName).toList());
        assertEquals(new StateCounts(0, 0, 0, 0, 1), province.units().get(1).counts());
        assertEquals(List.of("Xã A", "Xã B"), province.mostOverdue().stream().map(UnitOverdue::unitName).toList());

        Actor districtB = org.signedIn(Role.OFFICER, org.districtB);
        FollowUp own = dashboard.get(districtB, null, null);
        assertEquals(List.of("Xã B"), own.units().stream().map(UnitCounts::unitName).toList());
        assertThrows(NotFoundException.class, () -> dashboard.get(districtB, org.districtA.id(), null));
    }

    private void plan(String symbol, Unit issuer, List<ParsedTask> tasks) {
        ImportDraft draft = new ImportDraft(symbol, Integer.parseInt(symbol.substring(0, 2)), DocumentKind.KH, "HU",
                LocalDate.of(2022, 1, 15), "A", "Kế hoạch " + symbol, List.of(), List.of(), List.of(), List.of(), List.of(),
                tasks, List.of(), null);
        importer.save(admin, new SaveImportRequest(draft, null, issuer.id(), Map.of()));
    }

    private static ParsedTask task(String text, String lead, LocalDate due) {
        return new ParsedTask(text, "III." + Math.abs(text.hashCode() % 100), lead, List.of(), new ParsedDeadline(DeadlineType.DATE, due), null);
    }

    private void finish(String text, TaskStatus status, LocalDate doneOn) {
        TaskLine line = board.list(admin, TaskFilter.subtree(org.districtA.id()), TaskSort.DUE, Pageable.from(0, 50)).getContent()
                .stream().filter(candidate -> candidate.text().equals(text)).findFirst().orElseThrow();
        work.changeStatus(admin, line.partId(), new StatusChange(status, "Đã xong theo kế hoạch.", doneOn, line.version()));
    }
}
