package vn.trienkhai.core.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move forward, instead of waiting; active with {@code trienkhai.test.clock=movable}. */
@Singleton
@Replaces(Clock.class)
@Requires(property = "trienkhai.test.clock", value = "movable")
public class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2026-03-02T01:00:00Z");

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Ho_Chi_Minh");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
