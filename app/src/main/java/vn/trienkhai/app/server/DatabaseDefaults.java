package vn.trienkhai.app.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The zero-set-up default: without {@code TRIENKHAI_DB_URL} the application runs on an embedded H2 file
 * database in the data directory. The SQL dialect follows the URL unless {@code TRIENKHAI_DB_DIALECT} says
 * otherwise, so pointing the application at PostgreSQL takes one variable.
 */
public final class DatabaseDefaults {

    static final String URL = "datasources.default.url";
    static final String DIALECT = "datasources.default.dialect";
    static final String DATA_DIR = "trienkhai.data-dir";
    static final String USER = "datasources.default.username";
    static final String PASSWORD = "datasources.default.password";

    private DatabaseDefaults() {
    }

    /** The database properties from the environment, then {@code overrides} on top. */
    public static Map<String, Object> merge(Map<String, String> environment, Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>();
        String url = setting(environment, "TRIENKHAI_DB_URL");
        if (url == null) {
            Object configuredDirectory = overrides.getOrDefault(DATA_DIR, setting(environment, "TRIENKHAI_DATA_DIR"));
            Path dataDirectory = Path.of(configuredDirectory == null ? "data" : configuredDirectory.toString()).toAbsolutePath();
            url = "jdbc:h2:file:" + dataDirectory.resolve("trienkhai") + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
            properties.put(USER, "sa");
            properties.put(PASSWORD, "");
        } else {
            properties.put(USER, firstNonNull(setting(environment, "TRIENKHAI_DB_USER"), "trienkhai"));
            properties.put(PASSWORD, firstNonNull(setting(environment, "TRIENKHAI_DB_PASSWORD"), ""));
        }
        properties.put(URL, url);
        properties.put(DIALECT, firstNonNull(setting(environment, "TRIENKHAI_DB_DIALECT"), dialectOf(url)));
        properties.putAll(overrides);
        if (overrides.containsKey(URL) && !overrides.containsKey(DIALECT)) {
            properties.put(DIALECT, dialectOf(String.valueOf(overrides.get(URL))));
        }
        return properties;
    }

    static String dialectOf(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? "POSTGRES" : "H2";
    }

    private static String setting(Map<String, String> environment, String name) {
        String value = System.getProperty(name, environment.get(name));
        return value == null || value.isBlank() ? null : value;
    }

    private static String firstNonNull(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
