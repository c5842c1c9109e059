package vn.trienkhai.modules.ideology;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.CloseRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionStatus;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tense report is a hot spot with an owner until it is closed with a follow-up; scope, roles and the switch hold. */
@MicronautTest(transactional = false)
class OpinionReportsTest extends PostgresTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject OpinionReports reports;
    @Inject IdeologyIndicators indicators;

    private TestOrganisation org;
    private Actor admin;
    private Actor officer;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        modules.setEnabled(admin, IdeologyModule.ID, true);
        officer = org.signedIn(Role.OFFICER, org.districtA);
    }

    @Test
    void aTenseReportIsAHotSpotUntilClosedWithAFollowUp() {
        int stored = reports.list(officer).size();
        InvalidRequestException noOwner = assertThrows(InvalidRequestException.class,
                () -> reports.save(officer, null, tense(null)));
        assertEquals(List.of("followUpOwner"), noOwner.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(stored, reports.list(officer).size());

        OpinionReport hot = reports.save(officer, null, tense("Đ/c Lò Văn Pành, Phó Bí thư"));
        assertTrue(hot.isOpenHotSpot());
        assertTrue(reports.openHotSpots(officer).stream().anyMatch(report -> report.id() == hot.id()));
        long open = openHotSpots();

        InvalidRequestException noNote = assertThrows(InvalidRequestException.class,
                () -> reports.close(officer, hot.id(), new CloseRequest(" ", DAY.minusDays(1), hot.version())));
        assertEquals(List.of("followUpNote", "closedOn"), noNote.fieldErrors().stream().map(FieldError::field).toList());

        OpinionReport closed = reports.close(officer, hot.id(), new CloseRequest("Đã đối thoại với các hộ dân, thống nhất phương án",
                DAY.plusDays(5), hot.version()));
        assertEquals(OpinionStatus.CLOSED, closed.status());
        assertTrue(reports.openHotSpots(officer).stream().noneMatch(report -> report.id() == hot.id()));
        assertEquals(open - 1, openHotSpots(), "the indicator counts the closed hot spot no more");
        assertTrue(indicators.compute(org.organisation.id(), IdeologyIndicators.OPINION_REPORTS, Period.quarter(2025, 1)).stream()
                .anyMatch(figure -> figure.unitId() == org.communeA.id() && figure.value().signum() > 0));
        assertThrows(ConflictException.class, () -> reports.close(officer, hot.id(), new CloseRequest("Lần nữa", DAY.plusDays(6), closed.version())));
        assertThrows(ConflictException.class, () -> reports.save(officer, hot.id(), tense("Người khác")));
    }

    @Test
    void aTenseReportMayBeStatedNotAHotSpotAndAStaleEditIsRefused() {
        OpinionReport calm = reports.save(officer, null, new OpinionRequest(org.communeA.id(), DAY, "Giá phân bón", "Người dân băn khoăn",
                Mood.TENSE, false, null, null, null, null));
        assertFalse(calm.hotSpot());
        OpinionReport edited = reports.save(officer, calm.id(), new OpinionRequest(org.communeA.id(), DAY, "Giá phân bón tăng",
                "Người dân băn khoăn", Mood.MIXED, null, null, null, null, calm.version()));
        assertEquals("Giá phân bón tăng", edited.topic());
        assertThrows(ConflictException.class, () -> reports.save(officer, calm.id(), new OpinionRequest(org.communeA.id(), DAY, "Cũ",
                "Cũ", Mood.MIXED, null, null, null, null, calm.version())));
        assertEquals(List.of(edited.id()), reports.ofUnit(officer, org.communeA.id()).stream()
                .filter(report -> report.id() == edited.id()).map(OpinionReport::id).toList());
    }

    @Test
    void othersUnitsAreNotFoundAndAViewerCannotRecord() {
        OpinionReport report = reports.save(officer, null, tense("Đ/c Tòng Thị Xuân"));
        Actor elsewhere = org.signedIn(Role.REPORTER, org.communeB);
        assertThrows(NotFoundException.class, () -> reports.get(elsewhere, report.id()));
        assertTrue(reports.list(elsewhere).stream().noneMatch(found -> found.id() == report.id()));
        assertThrows(NotFoundException.class, () -> reports.save(elsewhere, null, tense("Ai đó")));
        assertThrows(ForbiddenException.class, () -> reports.close(TestActors.at(org.districtA, Role.REPORTER), report.id(),
                new CloseRequest("Xong", DAY, report.version())));
        Actor viewer = org.signedIn(Role.VIEWER, org.districtA);
        assertThrows(ForbiddenException.class, () -> reports.save(viewer, null, tense("Ai đó")));
        Actor collaborator = new Actor(viewer.accountId(), viewer.login(), viewer.organisationId(), viewer.homeUnitId(),
                viewer.scopePath(), viewer.roles(), java.util.Set.of(IdeologyAccess.RECORD));
        assertTrue(reports.save(collaborator, null, tense("Đ/c Tòng Thị Xuân")).hotSpot());
    }

    @Test
    void aDisabledModuleHasNoReports() {
        TestOrganisation other = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor otherAdmin = TestActors.administrator(other.organisation);
        assertThrows(NotFoundException.class, () -> reports.list(otherAdmin));
        assertThrows(NotFoundException.class, () -> reports.save(otherAdmin, null, new OpinionRequest(other.communeA.id(), DAY, "Chủ đề",
                "Tóm tắt", Mood.POSITIVE, null, null, null, null, null)));
    }

    private long openHotSpots() {
        return indicators.compute(org.organisation.id(), IdeologyIndicators.OPEN_HOT_SPOTS, Period.quarter(2025, 1)).stream()
                .mapToLong(figure -> figure.value().longValueExact()).sum();
    }

    private OpinionRequest tense(String owner) {
        return new OpinionRequest(org.communeA.id(), DAY, "Tranh chấp đất rừng giáp ranh", "Hai bản tranh chấp ranh giới đất rừng",
                Mood.TENSE, null, "Tổ chức đối thoại", owner, "Cộng tác viên DLXH xã A", null);
    }
}
