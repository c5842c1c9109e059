package vn.trienkhai.core.account;

import org.junit.jupiter.api.Test;
import vn.trienkhai.core.testing.TestClock;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void locksALoginAfterFiveFailuresForAMinuteThenDoubling() {
        fail("a", "10.0.0.1", 4);
        assertTrue(throttle.lockedFor("a", "10.0.0.9").isEmpty(), "four failures are free");
        fail("a", "10.0.0.1", 1);
        assertEquals(Duration.ofMinutes(1), throttle.lockedFor("a", "10.0.0.9").orElseThrow());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(throttle.lockedFor("a", "10.0.0.9").isEmpty());
        fail("a", "10.0.0.1", 1);
        assertEquals(Duration.ofMinutes(2), throttle.lockedFor("A", "10.0.0.9").orElseThrow(), "logins are case-insensitive");
    }

    @Test
    void locksAnAddressThatTriesManyLoginsWhetherTheyExistOrNot() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("login" + i, "10.0.0.2");
        }
        assertTrue(throttle.lockedFor("someone-else", "10.0.0.2").isPresent());
        assertTrue(throttle.lockedFor("someone-else", "10.0.0.3").isEmpty());
    }

    @Test
    void aSuccessClearsTheLoginButNotTheAddress() {
        fail("b", "10.0.0.4", 4);
        throttle.succeeded("b");
        fail("b", "10.0.0.5", 4);
        assertTrue(throttle.lockedFor("b", "10.0.0.6").isEmpty());
        throttle.failed("other", "10.0.0.4");
        assertTrue(throttle.lockedFor("anyone", "10.0.0.4").isPresent(), "the first address has five failures now");
    }

    @Test
    void longLocksStopAtAnHour() {
        fail("c", "10.0.0.7", 20);
        assertEquals(Duration.ofHours(1), throttle.lockedFor("c", "10.0.0.8").orElseThrow());
    }

    private void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(login, address);
        }
    }
}
