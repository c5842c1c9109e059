package vn.trienkhai.modules.theory;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.indicator.IndicatorSource.Computed;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.theory.TheoryModel.Attendance;
import vn.trienkhai.modules.theory.TheoryModel.DocumentReach;
import vn.trienkhai.modules.theory.TheoryModel.SessionFormat;
import vn.trienkhai.modules.theory.TheoryModel.SessionRequest;
import vn.trienkhai.modules.theory.TheoryModel.StudySession;
import vn.trienkhai.modules.theory.TheoryModel.UnitReach;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A directive studied at the district and, through the district's plan for it, at a commune: the directive's reach
 * lists both with their party members, the party bodies that have not held one, and the indicator counts each body's
 * share, a department's session counted for its committee.
 */
@MicronautTest(transactional = false)
class StudySessionsTest extends PostgresTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject DocumentRegistry registry;
    @Inject StudySessions sessions;
    @Inject TheoryIndicators indicators;

    private TestOrganisation org;
    private Actor officer;
    private Document directive;
    private Document plan;
    private Unit department;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        modules.setEnabled(admin, TheoryModule.ID, true);
        officer = org.signedIn(Role.OFFICER, org.districtA);
        department = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.DEPARTMENT, "BTG-A", "Ban Tuyên giáo Huyện ủy A",
                TestOrganisation.START));
        directive = registry.register(admin, new RegisterDocumentRequest("Số 44-CT/TW", null, LocalDate.of(2020, 6, 10), null,
                "Chỉ thị về công tác xuất bản, phát hành và nghiên cứu, học tập sách lý luận, chính trị", null, "Ban Bí thư", Status.RECEIVED,
                null));
        plan = registry.register(admin, new RegisterDocumentRequest("Số 5-KH/HU", null, LocalDate.of(2020, 9, 1), null,
                "Kế hoạch thực hiện Chỉ thị 44-CT/TW", org.districtA.id(), null, Status.ISSUED, directive.id()));
    }

    @Test
    void badSessionsAreRefusedByFieldAndNothingIsSaved() {
        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> sessions.save(officer, null, new SessionRequest(
                org.districtA.id(), null, LocalDate.now().plusDays(2), null, null, new Attendance(100, 101), null, null, null, null)));
        assertEquals(List.of("documentId", "heldOn", "format", "partyMembers.present"), fields(bad));
        InvalidRequestException nobody = assertThrows(InvalidRequestException.class, () -> sessions.save(officer, null,
                request(org.districtA, directive, null, null)));
        assertEquals(List.of("partyMembers"), fields(nobody));
        assertThrows(ForbiddenException.class, () -> sessions.save(org.signedIn(Role.VIEWER, org.districtA), null,
                request(org.districtA, directive, new Attendance(10, 10), null)));
        assertEquals(List.of(), sessions.ofUnit(officer, org.districtA.id()));
    }

    @Test
    void theDirectivesReachFollowsItsCascadeAndTheIndicatorCountsEachPartyBody() {
        StudySession district = sessions.save(officer, null, request(org.districtA, directive, new Attendance(300, 294), null));
        sessions.save(officer, null, request(department, directive, new Attendance(20, 20), null));
        sessions.save(officer, null, request(org.communeA, plan, new Attendance(120, 110), null));
        assertThrows(ConflictException.class, () -> sessions.save(officer, district.id(), request(org.districtA, directive,
                new Attendance(300, 295), district.version() + 1)));

        DocumentReach reach = sessions.reach(officer, directive.id());
        assertEquals(Set.of("Huyện ủy A", "Ban Tuyên giáo Huyện ủy A", "Xã A"), reach.units().stream().map(UnitReach::unitName)
                .collect(Collectors.toSet()));
        assertEquals("Huyện ủy A", reach.units().getFirst().unitName(), "in the tree's order");
        assertEquals(new Attendance(440, 424), reach.total());
        assertEquals(List.of(), reach.withoutSession(), "the district officer's party bodies have all studied it");
        Unit root = units.get(TestActors.administrator(org.organisation), org.organisation.rootUnitId());
        Actor province = org.signedIn(Role.OFFICER, root);
        assertEquals(List.of(root.name(), "Huyện ủy B", "Xã B"),
                sessions.reach(province, directive.id()).withoutSession().stream().map(UnitReach::unitName).toList());

        List<Computed> studied = indicators.compute(org.organisation.id(), TheoryIndicators.MEMBERS_STUDIED, Period.year(2025));
        assertEquals(List.of(List.of(org.districtA.id(), 314L, 320L), List.of(org.communeA.id(), 110L, 120L)), studied.stream()
                .map(figure -> List.of(figure.unitId(), figure.numerator().longValue(), figure.denominator().longValue())).toList());
        assertEquals(BigDecimal.valueOf(98.1), new Attendance(320, 314).share());
    }

    private SessionRequest request(Unit unit, Document document, Attendance members, Long version) {
        return new SessionRequest(unit.id(), document.id(), DAY, SessionFormat.IN_PERSON, null, members, null, null, null, version);
    }

    private static List<String> fields(InvalidRequestException refused) {
        return refused.fieldErrors().stream().map(FieldError::field).toList();
    }
}
