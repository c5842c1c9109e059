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
import vn.trienkhai.core.indicator.IndicatorSource.Computed;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.Briefing;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingYear;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterLevel;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMember;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMemberRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The roster is kept per unit and scope; a district's briefings take attendees from its network and count months, not meetings. */
@MicronautTest(transactional = false)
class RosterAndBriefingsTest extends PostgresTest {

    private static final LocalDate SINCE = LocalDate.of(2023, 3, 1);

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject Roster roster;
    @Inject Briefings briefings;
    @Inject IdeologyIndicators indicators;

    private TestOrganisation org;
    private Actor officerA;
    private Actor officerB;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        modules.setEnabled(TestActors.administrator(org.organisation), IdeologyModule.ID, true);
        officerA = org.signedIn(Role.OFFICER, org.districtA);
        officerB = org.signedIn(Role.OFFICER, org.districtB);
    }

    @Test
    void membersAreValidatedCorrectedWithTheirVersionAndSeenInScope() {
        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> roster.save(officerA, null,
                new RosterMemberRequest(null, " ", null, null, LocalDate.now().plusDays(3), null, null, null)));
        assertEquals(List.of("unitId", "fullName", "role", "level", "since"), bad.fieldErrors().stream().map(FieldError::field).toList());

        RosterMember added = roster.save(officerA, null, member(org.communeA, "Lò Văn Thành", RosterRole.PROPAGANDIST, null));
        RosterMember corrected = roster.save(officerA, added.id(), new RosterMemberRequest(org.communeA.id(), "Lò Văn Thành",
                RosterRole.REPORTER, RosterLevel.GRASSROOTS, SINCE, "Lớp bồi dưỡng 2024", false, added.version()));
        assertEquals(RosterRole.REPORTER, corrected.role());
        assertEquals(false, corrected.active());
        assertThrows(ConflictException.class, () -> roster.save(officerA, added.id(), member(org.communeA, "Lò Văn Thành",
                RosterRole.COLLABORATOR, added.version())));
        assertThrows(ForbiddenException.class, () -> roster.save(org.signedIn(Role.VIEWER, org.districtA), null,
                member(org.districtA, "Tẩn Thị Mai", RosterRole.REPORTER, null)));

        roster.save(officerB, null, member(org.districtB, "Giàng A Páo", RosterRole.REPORTER, null));
        assertEquals(List.of("Lò Văn Thành"), roster.list(officerA).stream().map(RosterMember::fullName).toList());
        assertEquals(List.of("Giàng A Páo"), roster.list(officerB).stream().map(RosterMember::fullName).toList());
    }

    @Test
    void aDistrictBriefsItsNetworkAndItsYearCountsMonths() {
        RosterMember reporter = roster.save(officerA, null, member(org.districtA, "Nguyễn Văn Hùng", RosterRole.REPORTER, null));
        RosterMember propagandist = roster.save(officerA, null, member(org.communeA, "Lý Thị Hoa", RosterRole.PROPAGANDIST, null));
        RosterMember elsewhere = roster.save(officerB, null, member(org.communeB, "Vàng Văn Chứ", RosterRole.COLLABORATOR, null));

        InvalidRequestException outside = assertThrows(InvalidRequestException.class, () -> briefings.save(officerA, null,
                briefing(LocalDate.of(2025, 1, 10), List.of(reporter.id(), elsewhere.id()), null)));
        assertEquals(List.of("attendeeIds"), outside.fieldErrors().stream().map(FieldError::field).toList());

        Briefing january = briefings.save(officerA, null, briefing(LocalDate.of(2025, 1, 10), List.of(reporter.id(), propagandist.id()), null));
        briefings.save(officerA, null, briefing(LocalDate.of(2025, 1, 24), List.of(reporter.id()), null));
        Briefing march = briefings.save(officerA, null, briefing(LocalDate.of(2025, 3, 12), List.of(), null));
        assertEquals(List.of(reporter.id(), propagandist.id()), january.attendeeIds());

        BriefingYear year = briefings.year(officerA, 2025).stream().filter(line -> line.unitId() == org.districtA.id()).findFirst().orElseThrow();
        assertEquals(2, year.monthsHeld());
        assertEquals(3, year.conferences());
        assertEquals(List.of(BigDecimal.valueOf(2)), monthsHeld(Period.year(2025)));

        // the March conference was in fact held the next January: 2025 keeps one month, and no stale figure stays
        Briefing moved = briefings.save(officerA, march.id(), briefing(LocalDate.of(2026, 1, 8), List.of(propagandist.id()), march.version()));
        assertEquals(List.of(propagandist.id()), moved.attendeeIds());
        assertEquals(List.of(BigDecimal.ONE), monthsHeld(Period.year(2025)));
        assertEquals(List.of(BigDecimal.ZERO), monthsHeld(Period.quarter(2025, 2)));
        assertThrows(ConflictException.class, () -> briefings.save(officerA, march.id(), briefing(LocalDate.of(2026, 1, 9), List.of(),
                march.version())));
        assertThrows(InvalidRequestException.class, () -> briefings.save(officerB, null, new BriefingRequest(org.districtB.id(),
                LocalDate.of(2025, 2, 1), "Thông tin thời sự", List.of(reporter.id()), null)));
    }

    private List<BigDecimal> monthsHeld(Period period) {
        return indicators.compute(org.organisation.id(), IdeologyIndicators.BRIEFING_MONTHS, period).stream()
                .filter(value -> value.unitId() == org.districtA.id()).map(Computed::value).toList();
    }

    private RosterMemberRequest member(Unit unit, String name, RosterRole role, Long version) {
        return new RosterMemberRequest(unit.id(), name, role, RosterLevel.DISTRICT, SINCE, null, true, version);
    }

    private BriefingRequest briefing(LocalDate heldOn, List<Long> attendees, Long version) {
        return new BriefingRequest(org.districtA.id(), heldOn, "Thông tin thời sự; định hướng tuyên truyền", attendees, version);
    }
}
