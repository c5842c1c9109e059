package vn.trienkhai.core.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of the tests that need the database: each test class gets its own schema on the real PostgreSQL.
 * Subclasses add {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PostgresTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.postgres());
        properties.putAll(extraProperties());
        return properties;
    }

    /** Settings a test class adds, e.g. switching on {@link TestModule} or {@link TestClock}. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
