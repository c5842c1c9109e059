package vn.trienkhai.core.task;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.NewTaskRequest;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.DocumentTasks;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.MergeUnitsRequest;
import vn.trienkhai.core.unit.UnitRequests.NewSuccessor;
import vn.trienkhai.core.unit.UnitRequests.SplitUnitRequest;
import vn.trienkhai.core.unit.UnitRestructuring;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Open work follows merged and split communes to their successors; finished work stays where it was done. */
@MicronautTest(transactional = false)
class UnitSuccessionFollowUpTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject UnitRestructuring restructuring;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject DocumentRegistry registry;
    @Inject DocumentTasks tasks;
    @Inject TaskBoard board;
    @Inject TaskWork work;

    @Test
    void mergedCommunesHandTheirOpenPartsToTheSuccessorAndASplitOneToEachOfItsSuccessors() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        Unit second = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.COMMUNE, "XA2", "Xã A Hai", TestOrganisation.START));
        Document plan = registry.register(admin, new RegisterDocumentRequest("Số 7-KH/HU", null, LocalDate.of(2024, 1, 10), null,
                "Kế hoạch tuyên truyền", org.districtA.id(), null, Status.ISSUED, null));
        tasks.add(admin, plan.id(), new NewTaskRequest("Sửa cụm loa", null, List.of(org.communeA.id(), second.id()), List.of(),
                DeadlineType.DATE, LocalDate.of(2024, 6, 30), null, null));
        tasks.add(admin, plan.id(), new NewTaskRequest("Rà soát nhà văn hóa", null, List.of(org.communeA.id()), List.of(),
                DeadlineType.DATE, LocalDate.of(2024, 3, 31), null, null));
        TaskLine finished = lines(admin, org.communeA).stream().filter(line -> line.text().equals("Rà soát nhà văn hóa")).findFirst().orElseThrow();
        work.changeStatus(admin, finished.partId(), new TaskRequests.StatusChange(TaskStatus.DONE, "Xong", LocalDate.of(2024, 3, 20),
                finished.version()));

        Unit merged = restructuring.merge(admin, new MergeUnitsRequest(List.of(org.communeA.id(), second.id()), org.districtA.id(),
                UnitKind.COMMUNE, "XM", "Xã Mới", LocalDate.of(2024, 7, 1)));
        assertEquals(List.of("Sửa cụm loa", "Sửa cụm loa"), lines(admin, merged).stream().map(TaskLine::text).toList(),
                "both open parts moved; the finished one stayed with Xã A");
        assertEquals(TaskStatus.DONE, lines(admin, org.communeA).getFirst().status());

        Unit fresh = units.get(admin, merged.id());
        List<Unit> successors = restructuring.split(admin, merged.id(), new SplitUnitRequest(fresh.version(),
                List.of(new NewSuccessor(UnitKind.COMMUNE, "XB1", "Xã Bắc"), new NewSuccessor(UnitKind.COMMUNE, "XN1", "Xã Nam")), null,
                LocalDate.of(2024, 9, 1)));
        for (Unit successor : successors) {
            assertEquals(2, lines(admin, successor).size());
        }
        assertEquals(List.of(TaskStatus.CANCELLED, TaskStatus.CANCELLED), lines(admin, merged).stream().map(TaskLine::status).toList());
    }

    private List<TaskLine> lines(Actor actor, Unit unit) {
        return board.list(actor, new TaskFilter(unit.id(), true, null, null, null, null, null, null, null, null), TaskSort.DUE,
                Pageable.from(0, 20)).getContent();
    }
}
