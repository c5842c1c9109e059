package vn.trienkhai.core.account;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.internal.AccountRepository;
import vn.trienkhai.core.account.internal.AccountRow;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.internal.OrganisationRepository;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.internal.UnitRepository;
import vn.trienkhai.core.unit.internal.UnitRow;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a signed-in account into the {@link Actor} its requests act as. */
@Singleton
public class Actors {

    /** The kinds of unit that advise and assist a committee: they work within its scope. */
    private static final Set<String> STAFF_KINDS = Set.of(UnitKind.DEPARTMENT.name(), UnitKind.OFFICE.name());

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final OrganisationRepository organisations;
    private final Messages messages;

    Actors(AccountRepository accounts, UnitRepository units, OrganisationRepository organisations, Messages messages) {
        this.accounts = accounts;
        this.units = units;
        this.organisations = organisations;
        this.messages = messages;
    }

    /**
     * The account acting in its own organisation, scoped to its home unit's subtree, or, for a department or office
     * of a committee, to the committee's: Ban Tuyên giáo Huyện ủy drafts the district's plans and follows its communes
     * in the Huyện ủy's name.
     */
    Actor of(AccountRow account) {
        if (account.organisationId() == null || account.homeUnitId() == null) {
            // a system administrator without an organisation acts outside every organisation until one is chosen
            return new Actor(account.id(), account.login(), 0, 0, "/", roles(account.roles()), split(account.permissions()));
        }
        UnitRow home = units.findById(account.homeUnitId()).orElseThrow();
        return new Actor(account.id(), account.login(), account.organisationId(), home.id(), scopeOf(home).path(),
                roles(account.roles()), split(account.permissions()));
    }

    private UnitRow scopeOf(UnitRow home) {
        if (!STAFF_KINDS.contains(home.kind()) || home.parentId() == null) {
            return home;
        }
        UnitRow parent = units.findById(home.parentId()).orElseThrow();
        return UnitKind.COMMITTEE.name().equals(parent.kind()) ? parent : home;
    }

    /** A system administrator working in {@code organisation}: its whole tree is in scope. */
    public Actor inOrganisation(Actor administrator, Organisation organisation) {
        if (!administrator.has(Role.SYSTEM_ADMIN)) {
            throw new NotFoundException("organisation.not-found", messages.get("organisation.not-found"));
        }
        UnitRow root = units.findById(organisations.findById(organisation.id()).orElseThrow().rootUnitId()).orElseThrow();
        return new Actor(administrator.accountId(), administrator.login(), organisation.id(), root.id(), root.path(),
                administrator.roles(), administrator.permissions());
    }

    /**
     * A fingerprint of everything a signed-in session relies on: enabled, organisation, home unit, roles,
     * permissions and password. A workspace session keeps the one it signed in with and ends as soon as it
     * differs, so a disabled, demoted or moved account, or one whose password changed, stops working at its next
     * request. Empty for a disabled or removed account. One primary-key read; the hash itself never leaves here.
     */
    @ReadOnly
    public Optional<String> stamp(long accountId) {
        return accounts.findById(accountId).filter(AccountRow::enabled).map(account -> ApiTokens.hash(String.join("\n",
                String.valueOf(account.organisationId()), String.valueOf(account.homeUnitId()), account.roles(),
                account.permissions(), account.passwordHash())).substring(0, 32));
    }

    static Set<Role> roles(String joined) {
        return split(joined).stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    static Set<String> split(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static String join(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }
}
