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
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.Incident;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentAction;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An incident found online is recorded, then handled by someone on a day; the indicator counts the handled ones. */
@MicronautTest(transactional = false)
class FalseInformationTest extends PostgresTest {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 4);

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject FalseInformation incidents;
    @Inject IdeologyIndicators indicators;

    private TestOrganisation org;
    private Actor officer;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        modules.setEnabled(TestActors.administrator(org.organisation), IdeologyModule.ID, true);
        officer = org.signedIn(Role.OFFICER, org.districtA);
    }

    @Test
    void anIncidentIsHandledBySomeoneOnADayAndCounted() {
        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> incidents.save(officer, null,
                request("facebook.com/bai-viet", -5, IncidentAction.REMOVED, null, null, null)));
        assertEquals(List.of("link", "reach", "handledBy", "handledOn"), bad.fieldErrors().stream().map(FieldError::field).toList());

        Incident found = incidents.save(officer, null, request("https://facebook.com/bai-viet/1", 1200, IncidentAction.PENDING, null, null, null));
        Incident removed = incidents.save(officer, found.id(), request("https://facebook.com/bai-viet/1", 1200, IncidentAction.REMOVED,
                "Tổ công tác 35 huyện", DAY.plusDays(2), found.version()));
        assertEquals(IncidentAction.REMOVED, removed.action());
        assertThrows(ConflictException.class, () -> incidents.save(officer, found.id(), request("https://facebook.com/bai-viet/1", 1200,
                IncidentAction.COUNTERED, "Ai đó", DAY.plusDays(3), found.version())));
        assertThrows(ForbiddenException.class, () -> incidents.save(org.signedIn(Role.VIEWER, org.districtA), null,
                request("https://tiktok.com/@x/1", null, IncidentAction.PENDING, null, null, null)));

        List<IdeologyIndicators.Computed> handled = indicators.compute(org.organisation.id(), IdeologyIndicators.INCIDENTS_HANDLED,
                Period.quarter(2025, 3));
        assertEquals(List.of(BigDecimal.ONE), handled.stream().map(IdeologyIndicators.Computed::value).toList());
    }

    private IncidentRequest request(String link, Integer reach, IncidentAction action, String by, LocalDate on, Long version) {
        return new IncidentRequest(org.communeA.id(), DAY, Platform.FACEBOOK, link, "Xuyên tạc chủ trương thu hồi đất", reach, action, by, on,
                version);
    }
}
