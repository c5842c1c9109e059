package vn.trienkhai.core.testing;

import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountRequests.CreateAccountRequest;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A small organisation for tests: a province with two districts, each with a commune, and real accounts
 * signed in through the {@link Authenticator}.
 */
public final class TestOrganisation {

    public static final String PASSWORD = "mat-khau-thu-nghiem";
    public static final LocalDate START = LocalDate.of(2020, 1, 1);

    public final Organisation organisation;
    public final Unit districtA;
    public final Unit communeA;
    public final Unit districtB;
    public final Unit communeB;
    private final String prefix = UUID.randomUUID().toString().substring(0, 6);
    private final AccountService accounts;
    private final Authenticator authenticator;

    public TestOrganisation(OrganisationService organisations, UnitService units, AccountService accounts, Authenticator authenticator) {
        this.accounts = accounts;
        this.authenticator = authenticator;
        organisation = organisations.create(Actor.installation(), "t" + prefix, "Tỉnh ủy " + prefix, UnitKind.COMMITTEE, "TU", START);
        Actor admin = TestActors.administrator(organisation);
        districtA = units.create(admin, new CreateUnitRequest(organisation.rootUnitId(), UnitKind.COMMITTEE, "HA", "Huyện ủy A", START));
        communeA = units.create(admin, new CreateUnitRequest(districtA.id(), UnitKind.COMMUNE, "XA", "Xã A", START));
        districtB = units.create(admin, new CreateUnitRequest(organisation.rootUnitId(), UnitKind.COMMITTEE, "HB", "Huyện ủy B", START));
        communeB = units.create(admin, new CreateUnitRequest(districtB.id(), UnitKind.COMMUNE, "XB", "Xã B", START));
    }

    /** A real account with {@code role} at {@code home}, signed in. */
    public Actor signedIn(Role role, Unit home) {
        String login = (prefix + "." + role.name() + "." + home.code()).toLowerCase();
        Actor system = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
        accounts.create(system,
                new CreateAccountRequest(login, "Người thử " + role, PASSWORD, home.id(), Set.of(role), Set.of()));
        return authenticator.signIn(login, PASSWORD, "127.0.0.1");
    }
}
