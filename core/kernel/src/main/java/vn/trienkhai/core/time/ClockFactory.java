package vn.trienkhai.core.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the domain: "today" is Vietnam's today, and tests may fix it. */
@Factory
class ClockFactory {

    @Singleton
    Clock clock(@Value("${trienkhai.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
