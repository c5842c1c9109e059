package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theory module over HTTP: a directive's reach, the year's plans, refusals by field, and nothing while it is off. */
class TheoryModuleApiTest extends ApiTest {

    @Test
    void aDirectivesReachListsWhoStudiedItAndTheApiGoesWithTheModule() {
        RunningApp.Client admin = app.as("huongtra.admin");
        long directive = documentId(admin, "44-CT/TW");
        String path = "/api/m/theory/documents/" + directive + "/reach";
        Map<String, Object> reach = ok(admin.get(path));
        assertEquals(4, list(reach, "units").size());
        assertEquals(List.of("Phường Hương Chữ", "Phường Hương Vân", "Xã Hương Toàn"), list(reach, "withoutSession").stream()
                .map(unit -> (String) unit.get("unitName")).sorted().toList());
        assertEquals(Map.of("expected", 1035, "present", 999), reach.get("total"));

        Response refused = admin.call("POST", "/api/m/theory/sessions", """
                {"unitId": %d, "documentId": %d, "heldOn": "2021-03-01", "format": "ONLINE",
                 "partyMembers": {"expected": 50, "present": 60}}""".formatted(number(list(reach, "units").getFirst(), "unitId"), directive));
        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("partyMembers.present"), fields(refused));

        assertEquals(200, admin.call("PUT", "/api/modules/theory", "{\"enabled\":false}").status());
        try {
            assertEquals(404, admin.get(path).status());
        } finally {
            assertEquals(200, admin.call("PUT", "/api/modules/theory", "{\"enabled\":true}").status());
        }
        assertEquals(reach, ok(admin.get(path)), "the sessions are intact");
    }

    @Test
    void theYearsPlansNameThePartyBodiesWithoutOneAndAReaderCannotRecord() {
        RunningApp.Client leader = app.as("tamduong.lanhdao");
        Response year = leader.get("/api/m/theory/follow/2025");
        Map<String, Object> follow = ok(year);
        assertEquals(11, list(follow, "plans").size(), "the district and its ten communes registered in 2025");
        assertEquals(List.of(), list(follow, "withoutPlan"));
        Response forbidden = app.as("laichau.xem").call("POST", "/api/m/theory/books", """
                {"unitId": %d, "year": 2025, "title": "Hồ Chí Minh toàn tập", "received": 5, "distributed": 5, "readingEvents": 1}"""
                .formatted(number(list(follow, "plans").getFirst(), "unitId")));
        assertEquals(403, forbidden.status(), forbidden.body());
        assertTrue(ok(leader.get("/api/m/theory/follow/" + java.time.Year.now().getValue())).get("topic") != null);
    }

    @SuppressWarnings("unchecked")
    private static long documentId(RunningApp.Client client, String symbol) {
        Map<String, Object> found = ok(client.get("/api/documents?q=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8)));
        return ((List<Map<String, Object>>) found.get("items")).stream().filter(item -> symbol.equals(item.get("symbol"))).findFirst()
                .map(item -> ((Number) item.get("id")).longValue()).orElseThrow();
    }
}
