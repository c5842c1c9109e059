package vn.trienkhai.app.server;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseDefaultsTest {

    @Test
    void withoutAUrlTheEmbeddedDatabaseLivesInTheDataDirectory() {
        Map<String, Object> properties = DatabaseDefaults.merge(Map.of("TRIENKHAI_DATA_DIR", "/srv/tk"), Map.of());
        assertEquals("jdbc:h2:file:/srv/tk/trienkhai;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE", properties.get(DatabaseDefaults.URL));
        assertEquals("H2", properties.get(DatabaseDefaults.DIALECT));
    }

    @Test
    void aPostgresUrlBringsItsDialect() {
        Map<String, Object> properties = DatabaseDefaults.merge(
                Map.of("TRIENKHAI_DB_URL", "jdbc:postgresql://db/tk", "TRIENKHAI_DB_USER", "tk"), Map.of());
        assertEquals("POSTGRES", properties.get(DatabaseDefaults.DIALECT));
        assertEquals("tk", properties.get(DatabaseDefaults.USER));
    }

    @Test
    void anExplicitDialectWins() {
        Map<String, Object> properties = DatabaseDefaults.merge(
                Map.of("TRIENKHAI_DB_URL", "jdbc:postgresql://db/tk", "TRIENKHAI_DB_DIALECT", "ANSI"), Map.of());
        assertEquals("ANSI", properties.get(DatabaseDefaults.DIALECT));
    }
}
