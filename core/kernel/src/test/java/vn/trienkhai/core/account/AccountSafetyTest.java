package vn.trienkhai.core.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountRequests.UpdateAccountRequest;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Who may touch whom: an organisation administrator cannot take over a system administrator's account. */
@MicronautTest(transactional = false)
class AccountSafetyTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;

    @Test
    void anOrganisationAdministratorCannotChangeASystemAdministrator() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor system = org.signedIn(Role.SYSTEM_ADMIN, org.districtA);
        Actor admin = org.signedIn(Role.ORGANISATION_ADMIN, org.districtA);
        Account target = accounts.get(admin, system.accountId());

        assertEquals("account.system-admin.protected", assertThrows(ForbiddenException.class,
                () -> accounts.resetPassword(admin, target.id(), "mat-khau-moi-cua-ke-xau")).code());
        for (UpdateAccountRequest change : Set.of(
                new UpdateAccountRequest(target.version(), target.displayName(), target.homeUnitId(), target.roles(), target.permissions(), false),
                new UpdateAccountRequest(target.version(), target.displayName(), target.homeUnitId(), Set.of(Role.VIEWER), target.permissions(), true),
                new UpdateAccountRequest(target.version(), "Tên khác", target.homeUnitId(), target.roles(), target.permissions(), true))) {
            assertEquals("account.system-admin.protected",
                    assertThrows(ForbiddenException.class, () -> accounts.update(admin, target.id(), change)).code());
        }
        Account unchanged = accounts.get(admin, system.accountId());
        assertEquals(target, unchanged);
        authenticator.signIn(target.login(), TestOrganisation.PASSWORD, "127.0.0.1");
    }

    @Test
    void anAdministratorCannotWidenItsOwnRoles() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = org.signedIn(Role.ORGANISATION_ADMIN, org.districtA);
        Account self = accounts.get(admin, admin.accountId());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> accounts.update(admin, self.id(),
                new UpdateAccountRequest(self.version(), self.displayName(), self.homeUnitId(),
                        Set.of(Role.ORGANISATION_ADMIN, Role.OFFICER), self.permissions(), true)));
        assertEquals("account.roles.self-widen", refused.code());
        assertEquals(self, accounts.get(admin, admin.accountId()));
    }
}
