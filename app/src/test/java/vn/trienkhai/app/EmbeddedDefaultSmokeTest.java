package vn.trienkhai.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trienkhai.app.RunningApp.Response;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With no database configured, the application runs on the embedded default in its data directory, with the demo. */
class EmbeddedDefaultSmokeTest {

    /** The data directory, and demo data left to its default ("auto"), which the test profile turns off. */
    private static Map<String, Object> embeddedDefault(Path dataDirectory) {
        return Map.of("trienkhai.data-dir", dataDirectory.toString(), "trienkhai.demo-data", "auto");
    }

    @Test
    void startsOnTheEmbeddedDatabaseWithDemoDataAndSeedsOnlyOnce(@TempDir Path dataDirectory) {
        try (RunningApp app = RunningApp.with(embeddedDefault(dataDirectory))) {
            assertEquals(200, app.anonymous().get("/api/health").status());
            List<Map<String, Object>> units = app.as("laichau.admin").get("/api/units").list();
            assertTrue(units.stream().anyMatch(unit -> "Huyện ủy Tam Đường".equals(unit.get("name"))));
            assertTrue(Files.exists(dataDirectory.resolve("trienkhai.mv.db")));
        }
        try (RunningApp again = RunningApp.with(embeddedDefault(dataDirectory))) {
            Response organisations = again.as("quantri").get("/api/organisations");
            assertEquals(3, organisations.list().size(), "the demo is seeded once");
        }
    }
}
