package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, version, the OpenAPI description, and the module gate, over real HTTP. */
class SystemApiTest extends ApiTest {


    @Test
    void healthIncludesTheDatabase() {
        Response health = app.anonymous().get("/api/health");
        assertEquals(200, health.status());
        assertEquals(Map.of("status", "UP", "database", "UP"), health.object());
    }

    @Test
    void versionListsTheInstalledModules() {
        Map<String, Object> version = app.anonymous().get("/api/version").object();
        assertEquals("0.1.0-SNAPSHOT", version.get("version"));
        assertEquals(List.of(Map.of("id", "culture", "version", "1.0.0"), Map.of("id", "fixture", "version", "1.0.0"),
                Map.of("id", "ideology", "version", "1.0.0"), Map.of("id", "theory", "version", "1.0.0")), version.get("modules"));
    }

    @Test
    void theOpenApiDescriptionIsServed() {
        Response spec = app.anonymous().get("/api/openapi/trienkhai-api.yml");
        assertEquals(200, spec.status());
        assertTrue(spec.body().contains("/api/units/{id}/subtree:"), () -> "paths are generated from the controllers");
        Response view = app.anonymous().get("/api/openapi/views/swagger-ui/index.html");
        assertEquals(200, view.status());
    }

    @Test
    void aModuleApiExistsOnlyWhereTheModuleIsEnabled() {
        RunningApp.Client laiChau = app.as("laichau.admin");
        RunningApp.Client huongTra = app.as("huongtra.admin");
        assertEquals(200, laiChau.get("/api/m/fixture/notes").status());
        assertEquals(200, laiChau.call("PUT", "/api/modules/fixture", "{\"enabled\":false}").status());
        Response hidden = laiChau.get("/api/m/fixture/notes");
        assertEquals(404, hidden.status());
        assertEquals("module.not-enabled", hidden.object().get("code"));
        assertEquals(200, huongTra.get("/api/m/fixture/notes").status(), "other organisations keep it");
        assertEquals(404, huongTra.get("/api/m/nosuchmodule/x").status());
        assertEquals(401, app.anonymous().get("/api/m/fixture/notes").status());
        laiChau.call("PUT", "/api/modules/fixture", "{\"enabled\":true}");
        assertEquals("[\"Ghi chú của phân hệ thử nghiệm\"]", laiChau.get("/api/m/fixture/notes").body());
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        Response health = app.anonymous().get("/api/health");
        assertEquals("nosniff", health.header("X-Content-Type-Options"));
        assertEquals("DENY", health.header("X-Frame-Options"));
        assertEquals("no-store", health.header("Cache-Control"));
        assertTrue(health.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @Test
    void neitherServerAnnouncesItsNameOrVersion() throws Exception {
        Response api = app.anonymous().get("/api/health");
        assertEquals(null, api.header("Server"));
        java.net.http.HttpResponse<String> workspace = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.workspaceUrl() + "no-such-page")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(workspace.headers().firstValue("Server").isEmpty(), workspace.headers().toString());
        assertTrue(workspace.headers().firstValue("X-Powered-By").isEmpty(), workspace.headers().toString());
        assertTrue(!workspace.body().toLowerCase().contains("jetty"), workspace.body());
    }
}
