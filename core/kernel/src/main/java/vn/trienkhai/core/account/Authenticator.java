package vn.trienkhai.core.account;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.internal.AccountRepository;
import vn.trienkhai.core.account.internal.AccountRow;
import vn.trienkhai.core.error.UnauthenticatedException;
import vn.trienkhai.core.i18n.Messages;

import java.time.Duration;
import java.util.Optional;

/**
 * Signing in with a login and a password. A wrong login, a wrong password and a disabled account get the
 * same answer, after the same work (a hash is checked even for an unknown login), so the answer does not
 * tell which logins exist; repeated failures are throttled by {@link SignInThrottle}.
 */
@Singleton
public class Authenticator {

    // verified against when the login is unknown, so that the answer takes as long as for a known one
    private final String decoyHash;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;
    private final Actors actors;
    private final Messages messages;

    Authenticator(AccountRepository accounts, PasswordHasher hasher, SignInThrottle throttle, Actors actors, Messages messages) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.actors = actors;
        this.messages = messages;
        this.decoyHash = hasher.hash("not a password of anyone");
    }

    /** The actor of the account, or a refusal that does not say what was wrong. */
    @ReadOnly
    public Actor signIn(String login, String password, String address) {
        String normalised = login == null ? "" : login.strip().toLowerCase();
        Optional<Duration> locked = throttle.lockedFor(normalised, address);
        if (locked.isPresent()) {
            long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
            throw new UnauthenticatedException("auth.throttled", messages.get("auth.throttled", minutes));
        }
        Optional<AccountRow> account = accounts.findByLogin(normalised);
        boolean passwordMatches = hasher.matches(password == null ? "" : password, account.map(AccountRow::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !passwordMatches || !account.get().enabled()) {
            throttle.failed(normalised, address);
            throw new UnauthenticatedException("auth.invalid", messages.get("auth.invalid"));
        }
        throttle.succeeded(normalised);
        return actors.of(account.get());
    }
}
