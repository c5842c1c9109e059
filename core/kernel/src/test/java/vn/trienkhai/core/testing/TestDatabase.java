package vn.trienkhai.core.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL the tests run against, each test context in a fresh schema of its own.
 *
 * <p>With a Docker engine, a Testcontainers PostgreSQL; otherwise the server named by {@code TEST_DB_URL}
 * ({@code TEST_DB_USER}, {@code TEST_DB_PASSWORD}), by default the local one at 127.0.0.1:5432. When none
 * answers the tests fail with one message saying what was tried: they never skip silently.
 */
public final class TestDatabase {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static Server server;

    private TestDatabase() {
    }

    /** Micronaut properties of a new, empty schema. */
    public static synchronized Map<String, String> postgres() {
        Server db = server();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        db.execute("CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> db.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE")));
        String separator = db.url().contains("?") ? "&" : "?";
        return Map.of(
                "datasources.default.url", db.url() + separator + "currentSchema=" + schema,
                "datasources.default.username", db.user(),
                "datasources.default.password", db.password(),
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.maximum-pool-size", "6");
    }

    private static Server server() {
        if (server == null) {
            server = DockerClientFactory.instance().isDockerAvailable() ? container() : configured();
        }
        return server;
    }

    private static Server container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Server configured() {
        Server configured = new Server(setting("TEST_DB_URL", DEFAULT_URL), setting("TEST_DB_USER", "postgres"),
                setting("TEST_DB_PASSWORD", ""));
        try (Connection ignored = configured.connect()) {
            return configured;
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    No PostgreSQL for the tests. No Docker engine was found for Testcontainers, and %s (user %s) \
                    did not answer: %s. Start the local server (pg_ctlcluster --skip-systemctl-redirect 15 main start) \
                    or set TEST_DB_URL, TEST_DB_USER and TEST_DB_PASSWORD.""".formatted(configured.url(), configured.user(), e.getMessage()), e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Server(String url, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void execute(String sql) {
            try (Connection connection = connect()) {
                connection.createStatement().execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }
}
