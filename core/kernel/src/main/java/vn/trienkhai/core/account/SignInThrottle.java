package vn.trienkhai.core.account;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per login and per client address alike, whether the login exists or not (so
 * the throttle tells nothing about which logins exist). After {@value #FREE_FAILURES} failures in a row a key
 * is locked for one minute, doubling with every further failure up to an hour. A success clears the login's
 * count; the address's count is cleared only by time, so one address cannot try many logins.
 *
 * <p>In memory: one application instance serves an organisation, and a restart forgiving old failures is
 * harmless next to the lock times involved.
 */
@Singleton
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait, if the login or the address is locked. */
    public Optional<Duration> lockedFor(String login, String address) {
        Instant now = clock.instant();
        return java.util.stream.Stream.of(loginKey(login), addressKey(address))
                .map(failures::get)
                .filter(entry -> entry != null && entry.lockedUntil().isAfter(now))
                .map(entry -> Duration.between(now, entry.lockedUntil()))
                .max(Duration::compareTo);
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        failures.merge(loginKey(login), Failures.first(now), (old, ignored) -> old.next(now));
        failures.merge(addressKey(address), Failures.first(now), (old, ignored) -> old.next(now));
        failures.values().removeIf(entry -> entry.last().plus(FORGET_AFTER).isBefore(now) && entry.lockedUntil().isBefore(now));
    }

    public void succeeded(String login) {
        failures.remove(loginKey(login));
    }

    private static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {

        static Failures first(Instant now) {
            return new Failures(1, now, Instant.MIN);
        }

        Failures next(Instant now) {
            int count = last.plus(FORGET_AFTER).isBefore(now) ? 1 : this.count + 1;
            if (count < FREE_FAILURES) {
                return new Failures(count, now, Instant.MIN);
            }
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(count - FREE_FAILURES, 6));
            return new Failures(count, now, now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
        }
    }
}
