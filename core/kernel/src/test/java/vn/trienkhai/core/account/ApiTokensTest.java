package vn.trienkhai.core.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountRequests.UpdateAccountRequest;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.UnauthenticatedException;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestClock;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Tokens expire, can be revoked, and die with their account's access. */
@MicronautTest(transactional = false)
class ApiTokensTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ApiTokens tokens;
    @Inject TestClock clock;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.test.clock", "movable");
    }

    @Test
    void aSessionTokenExpiresAfterEightHours() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor viewer = org.signedIn(Role.VIEWER, org.communeA);
        String secret = tokens.issueSession(viewer).secret();
        assertEquals(viewer.accountId(), tokens.authenticate(secret).accountId());
        clock.advance(Duration.ofHours(8).plusSeconds(1));
        assertEquals("auth.token.invalid", assertThrows(UnauthenticatedException.class, () -> tokens.authenticate(secret)).code());
    }

    @Test
    void aPersonalTokenLastsUntilItsDateOrItsRevocation() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor viewer = org.signedIn(Role.VIEWER, org.communeA);
        LocalDate today = LocalDate.now(clock);
        assertThrows(InvalidRequestException.class, () -> tokens.createPersonal(viewer, "quá hạn", today));
        assertThrows(InvalidRequestException.class, () -> tokens.createPersonal(viewer, "quá xa", today.plusYears(2)));
        assertEquals("token.name.too-long", assertThrows(InvalidRequestException.class,
                () -> tokens.createPersonal(viewer, "x".repeat(419), today.plusDays(2))).code());
        assertEquals("token.name.required", assertThrows(InvalidRequestException.class,
                () -> tokens.createPersonal(viewer, " ", today.plusDays(2))).code());
        ApiToken token = tokens.createPersonal(viewer, "kịch bản", today.plusDays(2));
        clock.advance(Duration.ofDays(2));
        tokens.authenticate(token.secret());
        tokens.revoke(viewer, token.id());
        assertThrows(UnauthenticatedException.class, () -> tokens.authenticate(token.secret()));
    }

    @Test
    void disablingAnAccountEndsItsTokens() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor viewer = org.signedIn(Role.VIEWER, org.communeA);
        String secret = tokens.issueSession(viewer).secret();
        Actor admin = TestActors.administrator(org.organisation);
        Account account = accounts.get(admin, viewer.accountId());
        accounts.update(admin, account.id(), new UpdateAccountRequest(account.version(), account.displayName(), account.homeUnitId(),
                account.roles(), account.permissions(), false));
        assertThrows(UnauthenticatedException.class, () -> tokens.authenticate(secret));
        assertThrows(UnauthenticatedException.class, () -> authenticator.signIn(account.login(), TestOrganisation.PASSWORD, "10.1.1.1"));
    }
}
