package vn.trienkhai.core.account;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.internal.AccountRepository;
import vn.trienkhai.core.account.internal.AccountRow;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.module.InstalledModule;
import vn.trienkhai.core.module.ModulePermission;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.core.unit.internal.UnitRepository;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules of account data, with the Vietnamese message and API field name of each refusal. */
@Singleton
class AccountChecks {

    static final int PASSWORD_MIN = 10;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final ModuleRegistry modules;
    private final AccessPolicy policy;
    private final Messages messages;

    AccountChecks(AccountRepository accounts, UnitRepository units, ModuleRegistry modules, AccessPolicy policy, Messages messages) {
        this.accounts = accounts;
        this.units = units;
        this.modules = modules;
        this.policy = policy;
        this.messages = messages;
    }

    void newAccount(Actor actor, String login, String displayName, String password, Long homeUnitId, Set<Role> roles, Set<String> permissions) {
        FieldErrors errors = new FieldErrors(messages);
        if (!LOGIN.matcher(login).matches()) {
            errors.add("login", "account.login.invalid");
        } else if (accounts.existsByLogin(login)) {
            errors.add("login", "account.login.duplicate", login);
        }
        if (password == null || password.length() < PASSWORD_MIN) {
            errors.add("password", "account.password.too-short", PASSWORD_MIN);
        }
        collect(errors, actor, displayName, homeUnitId, roles, permissions);
        errors.throwIfAny();
    }

    void changes(Actor actor, String displayName, Long homeUnitId, Set<Role> roles, Set<String> permissions) {
        FieldErrors errors = new FieldErrors(messages);
        collect(errors, actor, displayName, homeUnitId, roles, permissions);
        errors.throwIfAny();
    }

    void password(String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            new FieldErrors(messages).add("password", "account.password.too-short", PASSWORD_MIN).throwIfAny();
        }
    }

    /**
     * Refuses a change that would leave the organisation of {@code leaving} without an enabled administrator:
     * nobody could then manage its accounts. The organisation's accounts stay locked until the change commits, so
     * two administrators demoting each other at the same moment cannot both succeed.
     */
    void keepsAnotherAdministrator(AccountRow leaving, String field) {
        boolean another = accounts.lockInOrganisation(leaving.organisationId()).stream()
                .anyMatch(row -> row.id() != leaving.id() && row.enabled() && administers(Actors.roles(row.roles())));
        if (!another) {
            new FieldErrors(messages).add(field, "account.last-administrator").throwIfAny();
        }
    }

    static boolean administers(Set<Role> roles) {
        return roles.contains(Role.ORGANISATION_ADMIN) || roles.contains(Role.SYSTEM_ADMIN);
    }

    private void collect(FieldErrors errors, Actor actor, String displayName, Long homeUnitId, Set<Role> roles, Set<String> permissions) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 255) {
            errors.add("displayName", "account.display-name.required");
        }
        boolean homeInScope = homeUnitId != null && units.findById(homeUnitId)
                .filter(unit -> unit.validTo() == null && policy.inScope(actor, unit.organisationId(), unit.path())
                        && unit.organisationId() == actor.organisationId())
                .isPresent();
        if (!homeInScope) {
            errors.add("homeUnitId", "account.home-unit.invalid");
        }
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "account.roles.required");
        } else if (roles.contains(Role.SYSTEM_ADMIN) && !actor.has(Role.SYSTEM_ADMIN)) {
            errors.add("roles", "account.roles.system-admin");
        }
        Set<String> known = modules.installed().stream().map(InstalledModule::permissions).flatMap(List::stream)
                .map(ModulePermission::code).collect(Collectors.toSet());
        if (permissions != null && !known.containsAll(permissions)) {
            errors.add("permissions", "account.permissions.unknown", String.join(", ",
                    permissions.stream().filter(code -> !known.contains(code)).sorted().toList()));
        }
    }

}
