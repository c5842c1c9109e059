package vn.trienkhai.app.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tasks given by hand on the demo plan 102-KH/HU, held by Huyện ủy Tam Đường, over real HTTP: the district's
 * propaganda officer gives one to the commune Bản Bo, whose reporter then finds it among its own work.
 */
class DocumentTaskApiTest extends ApiTest {

    private RunningApp.Client officer;
    private String tasksOfPlan;

    @BeforeAll
    void signIn() {
        officer = app.as("tamduong.tuyengiao");
        tasksOfPlan = "/api/documents/" + idOf(officer, "102-KH/HU") + "/tasks";
    }

    @Test
    void aTaskGivenToACommuneReachesItsReporter() {
        Response created = officer.call("POST", tasksOfPlan, """
                {"text":"Rà soát cụm loa truyền thanh các bản","section":"III.7","leadUnitIds":[%d],"coordinatingUnitIds":[%d],
                 "deadlineType":"MONTH","deadline":"2026-10-05"}""".formatted(unitId("Xã Bản Bo"), unitId("Văn phòng Huyện ủy")));
        assertEquals(201, created.status(), created.body());
        Map<String, Object> task = created.object();
        assertEquals("Rà soát cụm loa truyền thanh các bản", task.get("text"));
        assertEquals("Xã Bản Bo", task.get("leadUnitName"));
        assertEquals("2026-10-31", task.get("deadline"), "a month's deadline is its last day");

        Response mine = app.as("banbo.baocao").get("/api/tasks?scope=mine&text=" + encoded("loa truyền thanh các bản"));
        assertEquals(200, mine.status(), mine.body());
        List<?> lines = (List<?>) mine.object().get("items");
        assertTrue(lines.stream().map(line -> (Map<?, ?>) line).anyMatch(line -> ((Number) line.get("taskId")).longValue()
                == ((Number) task.get("id")).longValue() && "LEAD".equals(line.get("role"))), mine.body());
    }

    @Test
    void aMissingTextOrALeadOutsideTheHolderIsRefusedOnItsField() {
        Response noText = officer.call("POST", tasksOfPlan, "{\"text\":\"  \",\"leadUnitIds\":[%d]}".formatted(unitId("Xã Bản Bo")));
        assertEquals(422, noText.status(), noText.body());
        assertEquals(List.of("text"), fieldNames(noText));

        // the province's administrator sees the province's own departments, which the district's plan cannot direct
        RunningApp.Client admin = app.as("laichau.admin");
        Response outside = admin.call("POST", tasksOfPlan, "{\"text\":\"Việc của tỉnh\",\"leadUnitIds\":[%d]}"
                .formatted(unitId("Ban Tuyên giáo Tỉnh ủy")));
        assertEquals(422, outside.status(), outside.body());
        assertEquals(List.of("leadUnitIds"), fieldNames(outside));
        assertEquals("task.lead.outside-holder", outside.object().get("code"));
    }

    @Test
    void aViewerIsForbiddenAndAnotherOrganisationDoesNotSeeTheDocument() {
        String body = "{\"text\":\"Không được phép\",\"leadUnitIds\":[%d]}".formatted(unitId("Xã Bản Bo"));
        Response viewer = app.as("laichau.xem").call("POST", tasksOfPlan, body);
        assertEquals(403, viewer.status(), viewer.body());
        Response foreign = app.as("huongtra.admin").call("POST", tasksOfPlan, body);
        assertEquals(404, foreign.status(), foreign.body());
        assertTrue(((List<?>) officer.get(tasksOfPlan.replace("/tasks", "")).object().get("tasks")).stream()
                .noneMatch(task -> "Không được phép".equals(((Map<?, ?>) task).get("text"))));
    }

    private long unitId(String name) {
        return ((Number) app.as("laichau.admin").get("/api/units").list().stream().filter(unit -> name.equals(unit.get("name")))
                .findFirst().orElseThrow().get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long idOf(RunningApp.Client client, String symbol) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) client.get("/api/documents?q=" + encoded(symbol)).object().get("items");
        return ((Number) items.stream().filter(document -> symbol.equals(document.get("symbol"))).findFirst().orElseThrow().get("id")).longValue();
    }

    private static List<?> fieldNames(Response refused) {
        return ((List<?>) refused.object().get("fields")).stream().map(field -> ((Map<?, ?>) field).get("field")).toList();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
