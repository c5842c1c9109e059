package vn.trienkhai.app.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, version, the OpenAPI description, and the module gate, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemApiTest {

    private RunningApp app;

    @BeforeAll
    void start() {
        app = RunningApp.onPostgres();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void healthIncludesTheDatabase() {
        Response health = app.get("/api/health", null);
        assertEquals(200, health.status());
        assertEquals(Map.of("status", "UP", "database", "UP"), health.object());
    }

    @Test
    void versionListsTheInstalledModules() {
        Map<String, Object> version = app.get("/api/version", null).object();
        assertEquals("0.1.0-SNAPSHOT", version.get("version"));
        assertEquals(List.of(Map.of("id", "fixture", "version", "1.0.0")), version.get("modules"));
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        Response spec = app.call("GET", "/api/openapi/trienkhai-api.yml", null, null);
        assertEquals(200, spec.status());
        assertTrue(spec.body().contains("/api/units/{id}/subtree:"), () -> "paths are generated from the controllers");
        Response view = app.call("GET", "/api/openapi/views/swagger-ui/index.html", null, null);
        assertEquals(200, view.status());
    }

    @Test
    void aModuleApiExistsOnlyWhereTheModuleIsEnabled() {
        assertEquals(200, app.get("/api/m/fixture/notes", "laichau").status());
        assertEquals(200, app.call("PUT", "/api/modules/fixture", "laichau", "{\"enabled\":false}").status());
        Response hidden = app.get("/api/m/fixture/notes", "laichau");
        assertEquals(404, hidden.status());
        assertEquals("module.not-enabled", hidden.object().get("code"));
        assertEquals(200, app.get("/api/m/fixture/notes", "huongtra").status(), "other organisations keep it");
        assertEquals(404, app.get("/api/m/nosuchmodule/x", "huongtra").status());
        app.call("PUT", "/api/modules/fixture", "laichau", "{\"enabled\":true}");
        assertEquals(List.of("Ghi chú của phân hệ thử nghiệm"), app.get("/api/m/fixture/notes", "laichau").body().lines()
                .map(line -> line.replace("[\"", "").replace("\"]", "")).toList());
    }
}
