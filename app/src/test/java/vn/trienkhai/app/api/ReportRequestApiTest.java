package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp.Response;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report requests over real HTTP on the demo: Huyện ủy Tam Đường asks its communes for this half-year's report, the
 * commune Bản Bo answers, the district's propaganda officer sees who has reported and approves.
 */
class ReportRequestApiTest extends ApiTest {

    @Test
    void aCommuneAnswersAndTheDistrictApproves() {
        var reporter = app.as("banbo.baocao");
        List<Map<String, Object>> asked = reporter.get("/api/report-requests/awaited").list();
        Map<?, ?> open = asked.stream().map(item -> (Map<?, ?>) item.get("submission"))
                .filter(submission -> "PENDING".equals(submission.get("status"))).findFirst().orElseThrow();
        long submissionId = number(open, "id");
        Map<String, Object> detail = ok(reporter.get("/api/report-submissions/" + submissionId));
        List<Map<?, ?>> narratives = list(detail, "narratives");

        Response empty = reporter.call("POST", "/api/report-submissions/" + submissionId + "/submit",
                "{\"narratives\":[],\"version\":" + number(open, "version") + "}");
        assertEquals(422, empty.status(), empty.body());
        assertEquals("narratives[" + number(narratives.getFirst(), "sectionId") + "].body", field(empty));

        StringBuilder texts = new StringBuilder();
        for (Map<?, ?> narrative : narratives) {
            texts.append(texts.isEmpty() ? "" : ",").append("{\"sectionId\":").append(number(narrative, "sectionId"))
                    .append(",\"body\":\"Đã thực hiện đầy đủ.\"}");
        }
        Response sent = reporter.call("POST", "/api/report-submissions/" + submissionId + "/submit",
                "{\"narratives\":[" + texts + "],\"version\":" + number(open, "version") + "}");
        assertEquals(200, sent.status(), sent.body());
        Map<?, ?> submission = (Map<?, ?>) sent.object().get("submission");
        assertEquals("SUBMITTED", submission.get("status"));
        assertEquals("ON_TIME", submission.get("timeliness"));

        long requestId = number(submission, "requestId");
        String review = "{\"submissions\":[{\"id\":" + submissionId + ",\"version\":" + number(submission, "version") + "}]}";
        assertEquals(403, reporter.call("POST", "/api/report-requests/" + requestId + "/approve", review).status());

        var officer = app.as("tamduong.tuyengiao");
        Map<String, Object> completeness = ok(officer.get("/api/report-requests/" + requestId + "/completeness"));
        Map<?, ?> total = (Map<?, ?>) completeness.get("total");
        assertEquals(number(total, "expected"), number(total, "onTime") + number(total, "late") + number(total, "missing"));
        assertTrue(number(total, "missing") > 0, "the demo leaves some communes without their report: " + total);
        assertEquals(number(total, "expected"), list(completeness, "bySubUnit").stream()
                .mapToLong(row -> number((Map<?, ?>) row.get("counts"), "expected")).sum());
        Response approved = officer.call("POST", "/api/report-requests/" + requestId + "/approve", review);
        assertEquals(200, approved.status(), approved.body());
        assertEquals(1L, number(approved.object(), "changed"));
        assertEquals(422, officer.call("POST", "/api/report-requests/" + requestId + "/approve", review).status(),
                "an approved submission is not approved twice");
        List<Map<?, ?>> approvedOnes = list(ok(officer.get("/api/report-requests/" + requestId + "/submissions?status=APPROVED")), "items");
        assertTrue(approvedOnes.stream().anyMatch(row -> number(row, "id") == submissionId));
    }

    @Test
    void anOfficerIssuesARequestAndEveryWrongFieldIsNamed() {
        var officer = app.as("tamduong.tuyengiao");
        Map<?, ?> first = (Map<?, ?>) list(ok(officer.get("/api/report-requests")), "items").getFirst().get("request");
        long district = number(first, "unitId");

        Response wrong = officer.call("POST", "/api/report-requests", "{\"title\":\"\",\"unitId\":" + district
                + ",\"period\":\"quý 5/2025\",\"unitKinds\":[\"COMMUNE\"],\"sections\":[\"Kết quả\"],\"dueOn\":\"2025-10-10\"}");
        assertEquals(422, wrong.status(), wrong.body());
        assertEquals("period", field(wrong));
        Response invalid = officer.call("POST", "/api/report-requests", "{\"title\":\"\",\"unitId\":" + district
                + ",\"period\":\"2025-Q3\",\"unitKinds\":[],\"sections\":[\"Kết quả\"]}");
        assertEquals(422, invalid.status(), invalid.body());
        assertEquals(List.of("title", "dueOn", "unitKinds"), fields(invalid));

        String valid = "{\"title\":\"Báo cáo quý III\",\"unitId\":" + district + ",\"period\":\"Quý III/2025\",\"unitKinds\":[\"COMMUNE\"],"
                + "\"sections\":[\"Kết quả\"],\"dueOn\":\"2025-10-10\"}";
        Response created = officer.call("POST", "/api/report-requests", valid);
        assertEquals(201, created.status(), created.body());
        assertEquals("QUARTER", ((Map<?, ?>) created.object().get("period")).get("kind"));
        assertEquals(403, app.as("laichau.xem").call("POST", "/api/report-requests", valid).status());
        assertEquals(404, app.as("huongtra.admin").get("/api/report-requests/" + number(created.object(), "id")).status());
    }
}
