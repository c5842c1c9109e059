package vn.trienkhai.app.api;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The domains of a document over real HTTP: the district's propaganda officer puts the demo plan 102-KH/HU in the
 * test fixture module (installed with the tests, enabled in the demo organisations), and the task list and its
 * export filtered by that module keep the plan's tasks only.
 */
class DocumentModulesApiTest extends ApiTest {

    private static final String MODULE = "fixture";

    private RunningApp.Client officer;
    private long planId;
    private String modulesOfPlan;

    @BeforeAll
    void signIn() {
        officer = app.as("tamduong.tuyengiao");
        planId = idOf(officer, "102-KH/HU");
        modulesOfPlan = "/api/documents/" + planId + "/modules";
    }

    @Test
    void theHolderPutsThePlanInAModuleAndTheTaskListFiltersByIt() throws IOException {
        Response put = officer.call("PUT", modulesOfPlan, "{\"moduleIds\":[\"%s\"]}".formatted(MODULE));
        assertEquals(200, put.status(), put.body());
        assertEquals(List.of(MODULE), put.object().get("moduleIds"));
        assertEquals(List.of(MODULE), officer.get("/api/documents/" + planId).object().get("moduleIds"));

        List<Map<String, Object>> lines = items(officer.get("/api/tasks?scope=unit&size=200&moduleId=" + MODULE));
        assertFalse(lines.isEmpty(), "the plan gives the district's units tasks");
        assertTrue(lines.stream().allMatch(line -> ((Number) line.get("documentId")).longValue() == planId), lines.toString());
        long all = ((Number) officer.get("/api/tasks?scope=unit").object().get("total")).longValue();
        long ofModule = ((Number) officer.get("/api/tasks?scope=unit&moduleId=" + MODULE).object().get("total")).longValue();
        assertTrue(ofModule < all, ofModule + " of " + all);
        assertEquals(0L, ((Number) officer.get("/api/tasks?scope=unit&moduleId=press").object().get("total")).longValue());

        HttpResponse<byte[]> file = officer.download("/api/tasks/export.xlsx?scope=unit&moduleId=" + MODULE);
        assertEquals(200, file.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertEquals(ofModule, workbook.getSheetAt(0).getLastRowNum(), "one row per line of the module's tasks");
        }

        Response cleared = officer.call("PUT", modulesOfPlan, "{\"moduleIds\":[]}");
        assertEquals(200, cleared.status(), cleared.body());
        assertEquals(List.of(), officer.get("/api/documents/" + planId).object().get("moduleIds"));
    }

    @Test
    void anIdThatIsNoEnabledModuleIsRefusedOnItsField() {
        Response unknown = officer.call("PUT", modulesOfPlan, "{\"moduleIds\":[\"press\"]}");
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals("document.module.unknown", unknown.object().get("code"));
        assertEquals(List.of("moduleIds"), fieldNames(unknown));
        Response missing = officer.call("PUT", modulesOfPlan, "{}");
        assertEquals(422, missing.status(), missing.body());
        assertEquals(List.of("moduleIds"), fieldNames(missing));
    }

    @Test
    void aViewerIsForbiddenAndAnotherOrganisationDoesNotSeeTheDocument() {
        String body = "{\"moduleIds\":[\"%s\"]}".formatted(MODULE);
        Response viewer = app.as("laichau.xem").call("PUT", modulesOfPlan, body);
        assertEquals(403, viewer.status(), viewer.body());
        Response foreign = app.as("huongtra.admin").call("PUT", modulesOfPlan, body);
        assertEquals(404, foreign.status(), foreign.body());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response response) {
        assertEquals(200, response.status(), response.body());
        return (List<Map<String, Object>>) response.object().get("items");
    }

    @SuppressWarnings("unchecked")
    private static long idOf(RunningApp.Client client, String symbol) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) client.get("/api/documents?q="
                + URLEncoder.encode(symbol, StandardCharsets.UTF_8)).object().get("items");
        return ((Number) items.stream().filter(document -> symbol.equals(document.get("symbol"))).findFirst().orElseThrow().get("id")).longValue();
    }

    private static List<?> fieldNames(Response refused) {
        return ((List<?>) refused.object().get("fields")).stream().map(field -> ((Map<?, ?>) field).get("field")).toList();
    }
}
