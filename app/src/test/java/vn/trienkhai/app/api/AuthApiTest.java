package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Authentication and authorisation of the API over real HTTP. */
class AuthApiTest extends ApiTest {

    /** The only operations that answer without a token. */
    private static final Set<String> PUBLIC = Set.of("GET /api/health", "GET /api/version", "POST /api/auth/token");


    @Test
    void everyOperationOfTheApiDescriptionNeedsAToken() {
        List<String> operations = operationsOfTheApiDescription();
        assertTrue(operations.size() > 20, operations.toString());
        List<String> open = new ArrayList<>();
        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
            Response response = app.anonymous().call(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}");
            if (!PUBLIC.contains(operation) && (response.status() != 401 || !"auth.required".equals(response.object().get("code")))) {
                open.add(operation + " -> " + response.status());
            }
        }
        assertEquals(List.of(), open, "operations answering without a token");
        Response refused = app.anonymous().get("/api/units");
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"));
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() {
        Response wrongPassword = app.anonymous().call("POST", "/api/auth/token", "{\"login\":\"laichau.xem\",\"password\":\"sai mật khẩu\"}");
        Response unknownLogin = app.anonymous().call("POST", "/api/auth/token", "{\"login\":\"khong.co.ai\",\"password\":\"sai mật khẩu\"}");
        assertEquals(401, wrongPassword.status());
        assertEquals(wrongPassword.body(), unknownLogin.body());
        assertEquals("auth.invalid", wrongPassword.object().get("code"));
    }

    @Test
    void aRevokedPersonalTokenStopsWorking() {
        RunningApp.Client viewer = app.as("laichau.xem");
        Response created = viewer.call("POST", "/api/me/tokens", "{\"name\":\"báo cáo tự động\",\"expiresOn\":\"%s\"}"
                .formatted(LocalDate.now().plusDays(30)));
        assertEquals(201, created.status(), created.body());
        RunningApp.Client script = app.withToken((String) created.object().get("secret"));
        assertEquals(200, script.get("/api/units").status());
        long id = ((Number) created.object().get("id")).longValue();
        assertEquals(204, viewer.call("DELETE", "/api/me/tokens/" + id, null).status());
        Response refused = script.get("/api/units");
        assertEquals(401, refused.status());
        assertEquals("auth.token.invalid", refused.object().get("code"));
        assertTrue(viewer.get("/api/me/tokens").list().stream().allMatch(token -> token.get("secret") == null), "secrets are shown once");
    }

    @Test
    void aPasswordChangeEndsEveryOtherTokenButKeepsTheOneMakingIt() {
        RunningApp.Client admin = app.as("laichau.admin");
        Object homeUnit = admin.get("/api/units").list().getFirst().get("id");
        Response created = admin.call("POST", "/api/accounts", """
                {"login":"doi.matkhau","displayName":"Đổi mật khẩu","password":"mat-khau-cu-123","homeUnitId":%s,"roles":["VIEWER"]}"""
                .formatted(homeUnit));
        assertEquals(201, created.status(), created.body());
        String credentials = "{\"login\":\"doi.matkhau\",\"password\":\"%s\"}";
        RunningApp.Client changing = app.withToken((String) app.anonymous().call("POST", "/api/auth/token",
                credentials.formatted("mat-khau-cu-123")).object().get("secret"));
        RunningApp.Client otherSession = app.withToken((String) app.anonymous().call("POST", "/api/auth/token",
                credentials.formatted("mat-khau-cu-123")).object().get("secret"));
        RunningApp.Client script = app.withToken((String) changing.call("POST", "/api/me/tokens",
                "{\"name\":\"kịch bản\",\"expiresOn\":\"%s\"}".formatted(LocalDate.now().plusDays(30))).object().get("secret"));
        assertEquals(200, script.get("/api/units").status());

        assertEquals(204, changing.call("POST", "/api/me/password",
                "{\"currentPassword\":\"mat-khau-cu-123\",\"newPassword\":\"mat-khau-moi-456\"}").status());

        assertEquals(200, changing.get("/api/units").status(), "the session making the change goes on");
        assertEquals(401, otherSession.get("/api/units").status());
        assertEquals(401, script.get("/api/units").status());
        assertEquals(401, app.anonymous().call("POST", "/api/auth/token", credentials.formatted("mat-khau-cu-123")).status());
        assertEquals(201, app.anonymous().call("POST", "/api/auth/token", credentials.formatted("mat-khau-moi-456")).status());
    }

    @Test
    void aReporterSeesOnlyTheirUnitAndChangesNothingElse() {
        RunningApp.Client admin = app.as("laichau.admin");
        RunningApp.Client reporter = app.as("banbo.baocao");
        long district = idOf(admin, "Huyện ủy Tam Đường");
        long banBo = idOf(admin, "Xã Bản Bo");

        Response foreign = reporter.get("/api/units/" + district);
        assertEquals(404, foreign.status());
        assertFalse(foreign.body().contains("Tam Đường"));
        // the commune and its villages, nothing beside or above it
        List<Map<String, Object>> seen = reporter.get("/api/units").list();
        assertEquals("Xã Bản Bo", seen.getFirst().get("name"));
        assertTrue(seen.stream().skip(1).allMatch(unit -> ((Number) unit.get("parentId")).longValue() == banBo), seen.toString());
        assertEquals(0, ((Number) reporter.get("/api/units/search?q=tam").object().get("total")).intValue());

        Response create = reporter.call("POST", "/api/units", "{\"parentId\":%d,\"kind\":\"VILLAGE\",\"code\":\"B1\",\"name\":\"Bản Bo\"}".formatted(banBo));
        assertEquals(403, create.status(), create.body());
        assertEquals("access.forbidden", create.object().get("code"));
        assertEquals(403, reporter.get("/api/accounts").status());
        assertEquals(403, reporter.get("/api/audit").status());
        assertEquals(403, reporter.call("PUT", "/api/modules/fixture", "{\"enabled\":false}").status());
    }

    @Test
    void anOrganisationAdministratorCannotTouchAnotherOrganisation() {
        RunningApp.Client laiChau = app.as("laichau.admin");
        RunningApp.Client huongTra = app.as("huongtra.admin");
        long accountInLaiChau = ((Number) laiChau.get("/api/accounts").object().get("total")).longValue();
        assertTrue(accountInLaiChau > 0);
        Map<String, Object> viewer = ((List<Map<String, Object>>) laiChau.get("/api/accounts?size=200").object().get("items")).stream()
                .filter(account -> "laichau.xem".equals(account.get("login"))).findFirst().orElseThrow();
        assertEquals(404, huongTra.get("/api/accounts/" + viewer.get("id")).status());
        assertEquals(404, huongTra.call("POST", "/api/accounts/" + viewer.get("id") + "/password", "{\"password\":\"mat-khau-moi-123\"}").status());
        assertEquals(List.of("huongtra"), huongTra.get("/api/organisations").list().stream().map(o -> o.get("code")).toList());
        assertEquals(3, app.as("quantri").get("/api/organisations").list().size(), "a system administrator sees every organisation");
    }

    @Test
    void anOrganisationAdministratorCannotTakeOverTheSystemAdministratorOfItsOrganisation() {
        RunningApp.Client laiChau = app.as("laichau.admin");
        Map<String, Object> system = ((List<Map<String, Object>>) laiChau.get("/api/accounts?size=200").object().get("items")).stream()
                .filter(account -> "quantri".equals(account.get("login"))).findFirst().orElseThrow();
        assertEquals(403, laiChau.call("POST", "/api/accounts/" + system.get("id") + "/password", "{\"password\":\"mat-khau-moi-123\"}").status());
        assertEquals(200, app.as("quantri").get("/api/organisations").status(), "the system administrator's password is unchanged");
    }

    private static long idOf(RunningApp.Client client, String name) {
        return client.get("/api/units").list().stream().filter(unit -> name.equals(unit.get("name")))
                .map(unit -> ((Number) unit.get("id")).longValue()).findFirst().orElseThrow();
    }

    private List<String> operationsOfTheApiDescription() {
        List<String> operations = new ArrayList<>();
        String path = null;
        for (String line : app.anonymous().get("/api/openapi/trienkhai-api.yml").body().lines().toList()) {
            if (line.matches("^  /api/.*:$")) {
                path = line.strip().replaceAll(":$", "");
            } else if (path != null && line.matches("^    (get|post|put|delete|patch):$")) {
                operations.add(line.strip().replace(":", "").toUpperCase() + " " + path);
            } else if (!line.startsWith("  ")) {
                path = null;
            }
        }
        return operations;
    }
}
