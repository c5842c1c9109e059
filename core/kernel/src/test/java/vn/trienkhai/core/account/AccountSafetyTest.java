package vn.trienkhai.core.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountRequests.ChangeOwnPasswordRequest;
import vn.trienkhai.core.account.AccountRequests.CreateAccountRequest;
import vn.trienkhai.core.account.AccountRequests.UpdateAccountRequest;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who may touch whom: an organisation administrator cannot take over a system administrator's account, and an
 * organisation always keeps an enabled administrator.
 */
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

    @Test
    void theLastAdministratorCannotDemoteOrDisableItself() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = administratorAndOfficer(org, "mot", org.districtA);
        Account self = accounts.get(admin, admin.accountId());
        InvalidRequestException demoted = assertThrows(InvalidRequestException.class, () -> accounts.update(admin, self.id(),
                new UpdateAccountRequest(self.version(), self.displayName(), self.homeUnitId(), Set.of(Role.OFFICER), self.permissions(), true)));
        assertEquals("account.last-administrator", demoted.code());
        assertEquals("roles", demoted.fieldErrors().getFirst().field());
        assertEquals(self, accounts.get(admin, admin.accountId()));
    }

    @Test
    void twoAdministratorsStepDownAtOnceAndOneOfThemStays() throws Exception {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        List<Actor> admins = List.of(administratorAndOfficer(org, "a", org.districtA), administratorAndOfficer(org, "b", org.districtB));
        CyclicBarrier together = new CyclicBarrier(admins.size());
        try (ExecutorService threads = Executors.newFixedThreadPool(admins.size())) {
            List<Future<String>> outcomes = admins.stream().map(admin -> threads.submit(() -> {
                Account self = accounts.get(admin, admin.accountId());
                together.await();
                try {
                    accounts.update(admin, self.id(), new UpdateAccountRequest(self.version(), self.displayName(),
                            self.homeUnitId(), Set.of(Role.OFFICER), self.permissions(), true));
                    return "stepped down";
                } catch (InvalidRequestException refused) {
                    return refused.code();
                }
            })).toList();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertEquals(Set.of("stepped down", "account.last-administrator"), Set.copyOf(results), results.toString());
        }
    }

    @Test
    void anEmptyCurrentPasswordIsCalledMissingNotWrong() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor viewer = org.signedIn(Role.VIEWER, org.communeA);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> accounts.changeOwnPassword(viewer, new ChangeOwnPasswordRequest("", "mat-khau-moi-dai-du"), null));
        assertEquals("account.password.current-required", refused.code());
        assertEquals("currentPassword", refused.fieldErrors().getFirst().field());
    }

    /** An administrator who is also an officer: stepping down to officer narrows its roles, which it may do itself. */
    private Actor administratorAndOfficer(TestOrganisation org, String name, Unit home) {
        String login = (org.organisation.code() + ".quantri." + name).toLowerCase();
        accounts.create(Actor.system(org.organisation.id(), org.organisation.rootUnitId(), UnitPath.root(org.organisation.rootUnitId())),
                new CreateAccountRequest(login, "Quản trị " + name, TestOrganisation.PASSWORD, home.id(),
                        Set.of(Role.ORGANISATION_ADMIN, Role.OFFICER), Set.of()));
        return authenticator.signIn(login, TestOrganisation.PASSWORD, "127.0.0.1");
    }
}
