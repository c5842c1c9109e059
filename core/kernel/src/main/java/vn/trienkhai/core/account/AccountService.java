package vn.trienkhai.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountRequests.ChangeOwnPasswordRequest;
import vn.trienkhai.core.account.AccountRequests.CreateAccountRequest;
import vn.trienkhai.core.account.AccountRequests.UpdateAccountRequest;
import vn.trienkhai.core.account.internal.AccountRepository;
import vn.trienkhai.core.account.internal.AccountRow;
import vn.trienkhai.core.account.internal.ApiTokenRepository;
import vn.trienkhai.core.audit.AuditEntry;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Administrators create, change, disable accounts and reset passwords; everyone changes their own password. */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final AccountChecks checks;
    private final PasswordHasher hasher;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    AccountService(AccountRepository accounts, ApiTokenRepository tokens, AccountChecks checks, PasswordHasher hasher,
                   AccessPolicy policy, AuditTrail audit, Messages messages, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.checks = checks;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @ReadOnly
    public Page<Account> list(Actor actor, Pageable pageable) {
        policy.require(actor, Operation.ACCOUNT_READ);
        return accounts.findInOrganisation(actor.organisationId(), pageable).map(AccountService::toAccount);
    }

    @ReadOnly
    public Account get(Actor actor, long id) {
        policy.require(actor, Operation.ACCOUNT_READ);
        return toAccount(visible(actor, id));
    }

    /** A new account in the actor's organisation, at a home unit in the actor's scope. */
    @Transactional
    public Account create(Actor actor, CreateAccountRequest request) {
        policy.require(actor, Operation.ACCOUNT_MANAGE);
        String login = request.login() == null ? "" : request.login().strip().toLowerCase();
        checks.newAccount(actor, login, request.displayName(), request.password(), request.homeUnitId(), request.roles(), request.permissions());
        AccountRow row = accounts.save(new AccountRow(null, actor.organisationId(), request.homeUnitId(), login,
                request.displayName().strip(), hasher.hash(request.password()), true, Actors.join(request.roles()),
                Actors.join(orEmpty(request.permissions())), clock.instant(), null));
        audit.created(actor, actor.organisationId(), "account", row.id(), login, row);
        return toAccount(row);
    }

    @Transactional
    public Account update(Actor actor, long id, UpdateAccountRequest request) {
        policy.require(actor, Operation.ACCOUNT_MANAGE);
        AccountRow current = manageable(actor, id);
        checks.changes(actor, request.displayName(), request.homeUnitId(), request.roles(), request.permissions());
        if (actor.accountId() == id && request.roles() != null && !Actors.roles(current.roles()).containsAll(request.roles())) {
            throw InvalidRequestException.field("roles", "account.roles.self-widen", messages.get("account.roles.self-widen"));
        }
        if (actor.accountId() == id && !request.enabled()) {
            throw InvalidRequestException.field("enabled", "account.self-disable", messages.get("account.self-disable"));
        }
        boolean wasAdministrator = current.enabled() && AccountChecks.administers(Actors.roles(current.roles()));
        if (wasAdministrator && !request.enabled()) {
            checks.keepsAnotherAdministrator(current, "enabled");
        } else if (wasAdministrator && !AccountChecks.administers(orEmpty(request.roles()))) {
            checks.keepsAnotherAdministrator(current, "roles");
        }
        AccountRow changed = new AccountRow(current.id(), current.organisationId(), request.homeUnitId(), current.login(),
                request.displayName().strip(), current.passwordHash(), request.enabled(), Actors.join(request.roles()),
                Actors.join(orEmpty(request.permissions())), current.createdAt(), request.version());
        AccountRow saved = save(changed);
        if (!saved.enabled()) {
            tokens.revokeAllOf(id, clock.instant());
        }
        audit.updated(actor, actor.organisationId(), "account", id, current.login(), current, saved);
        return toAccount(saved);
    }

    /** Sets a new password chosen by an administrator; the account's tokens stop working. */
    @Transactional
    public void resetPassword(Actor actor, long id, String password) {
        policy.require(actor, Operation.ACCOUNT_MANAGE);
        AccountRow account = manageable(actor, id);
        checks.password(password);
        accounts.updatePassword(id, hasher.hash(password));
        tokens.revokeAllOf(id, clock.instant());
        audit.record(actor, actor.organisationId(), "account", id, AuditEntry.Action.UPDATE, account.login(),
                List.of(new AuditEntry.Change("password", null, messages.get("account.password.reset"))));
    }

    /**
     * Changes the actor's own password and ends every other way in: all its API tokens stop working, except the
     * bearer token {@code keptToken} of the API session making the change (null from the workspace); other
     * workspace sessions end because the account's stamp changes ({@link Actors#stamp}).
     */
    @Transactional
    public void changeOwnPassword(Actor actor, ChangeOwnPasswordRequest request, @Nullable String keptToken) {
        policy.require(actor, Operation.OWN_PASSWORD_CHANGE);
        AccountRow account = accounts.findById(actor.accountId()).orElseThrow();
        // an empty field is a missing input, not a wrong password: say which one
        if (request.currentPassword() == null || request.currentPassword().isEmpty()) {
            throw InvalidRequestException.field("currentPassword", "account.password.current-required",
                    messages.get("account.password.current-required"));
        }
        if (!hasher.matches(request.currentPassword(), account.passwordHash())) {
            throw InvalidRequestException.field("currentPassword", "account.password.wrong", messages.get("account.password.wrong"));
        }
        checks.password(request.newPassword());
        accounts.updatePassword(account.id(), hasher.hash(request.newPassword()));
        if (keptToken == null) {
            tokens.revokeAllOf(account.id(), clock.instant());
        } else {
            tokens.revokeAllOfExcept(account.id(), ApiTokens.hash(keptToken), clock.instant());
        }
        audit.record(actor, account.organisationId(), "account", account.id(), AuditEntry.Action.UPDATE, account.login(),
                List.of(new AuditEntry.Change("password", null, messages.get("account.password.changed"))));
    }

    private AccountRow visible(Actor actor, long id) {
        return accounts.findById(id)
                .filter(row -> actor.has(Role.SYSTEM_ADMIN) || java.util.Objects.equals(row.organisationId(), actor.organisationId()))
                .orElseThrow(() -> new NotFoundException("account.not-found", messages.get("account.not-found")));
    }

    /**
     * An account the actor may change: a system administrator's account can only be changed by a system
     * administrator, otherwise an organisation administrator could reset its password and act everywhere.
     */
    private AccountRow manageable(Actor actor, long id) {
        AccountRow row = visible(actor, id);
        if (!mayChange(actor, Actors.roles(row.roles()))) {
            throw new ForbiddenException("account.system-admin.protected",
                    messages.get("account.system-admin.protected"));
        }
        return row;
    }

    /** Whether the actor may change {@code account} at all (for hiding its actions; the service decides anyway). */
    public boolean mayChange(Actor actor, Account account) {
        return mayChange(actor, account.roles());
    }

    private static boolean mayChange(Actor actor, Set<Role> rolesOfTarget) {
        return !rolesOfTarget.contains(Role.SYSTEM_ADMIN) || actor.has(Role.SYSTEM_ADMIN);
    }

    private AccountRow save(AccountRow changed) {
        try {
            return accounts.update(changed);
        } catch (OptimisticLockException stale) {
            throw new ConflictException("account.changed-by-someone-else", messages.get("account.changed-by-someone-else", changed.login()));
        }
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    static Account toAccount(AccountRow row) {
        return new Account(row.id(), row.organisationId(), row.homeUnitId(), row.login(), row.displayName(), row.enabled(),
                Actors.roles(row.roles()), Actors.split(row.permissions()), row.version());
    }
}
