package vn.trienkhai.core.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/**
 * Base of the tests that need the database: each test class gets its own schema on the real PostgreSQL.
 * Subclasses add {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PostgresTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.postgres();
    }
}
