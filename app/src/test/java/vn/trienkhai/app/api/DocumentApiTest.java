package vn.trienkhai.app.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry over real HTTP: a plan never shown before goes from preview to saved, then into the cascade. */
class DocumentApiTest extends ApiTest {

    private static final String PLAN = """
            HUYỆN ỦY PHONG THỔ
            Số 07 - KH/HU
            Phong Thổ, ngày 15 tháng 4 năm 2023

            KẾ HOẠCH
            thực hiện Kế hoạch số 102-KH/HU về công tác tư tưởng

            Thực hiện Kế hoạch số 102-KH/HU ngày 26/01/2022 của Huyện ủy Tam Đường, Huyện ủy ban hành Kế hoạch như sau:

            III. TỔ CHỨC THỰC HIỆN

            1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu, theo dõi, đôn đốc, xong trong tháng 6/2023.

            Nơi nhận:
            - Ban Tuyên giáo Tỉnh ủy (b/c),
            - Lưu.
            """;

    private RunningApp.Client officer;

    @BeforeAll
    void signIn() {
        officer = app.as("tamduong.tuyengiao");
    }

    @Test
    void aPreviewedPlanIsSavedOnceAndJoinsTheCascade() {
        Response preview = officer.send("POST", "/api/documents/import/preview", "text/plain; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(PLAN));
        assertEquals(200, preview.status(), preview.body());
        String body = "{\"draft\":" + preview.body() + ",\"text\":" + quoted(PLAN) + "}";
        Response saved = officer.call("POST", "/api/documents/import", body);
        assertEquals(201, saved.status(), saved.body());
        assertEquals("07-KH/HU", saved.object().get("symbol"));
        long id = ((Number) saved.object().get("id")).longValue();

        Map<String, Object> details = officer.get("/api/documents/" + id).object();
        assertEquals(1, ((List<?>) details.get("tasks")).size());
        List<?> implemented = (List<?>) details.get("implementsDocuments");
        assertEquals("102-KH/HU", ((Map<?, ?>) implemented.getFirst()).get("symbol"));
        long demoPlan = ((Number) ((Map<?, ?>) implemented.getFirst()).get("id")).longValue();
        Map<String, Object> cascade = officer.get("/api/documents/" + demoPlan + "/cascade").object();
        assertTrue(cascade.toString().contains("07-KH/HU"), cascade.toString());

        Response again = officer.call("POST", "/api/documents/import", body);
        assertEquals(409, again.status(), again.body());
        assertEquals("document.duplicate", again.object().get("code"));
        assertEquals("symbol", ((Map<?, ?>) ((List<?>) again.object().get("fields")).getFirst()).get("field"), again.body());
    }

    @Test
    void aDraftDatedOutsideTheRecordsRangeIsRefusedOnItsFieldAndSavesNothing() {
        long before = ((Number) officer.get("/api/documents?size=1").object().get("total")).longValue();
        Response farFuture = officer.call("POST", "/api/documents/import",
                "{\"draft\":{\"symbol\":\"08-KH/HU\",\"kind\":\"KH\",\"title\":\"Kế hoạch\",\"issuedOn\":\"+999999999-01-01\"},\"text\":\"KẾ HOẠCH\"}");
        assertEquals(422, farFuture.status(), farFuture.body());
        assertEquals("date.out-of-range", ((Map<?, ?>) ((List<?>) farFuture.object().get("fields")).getFirst()).get("code"), farFuture.body());
        Response registered = officer.call("POST", "/api/documents",
                "{\"number\":\"09-KH/HU\",\"title\":\"Kế hoạch\",\"issuedOn\":\"1900-01-01\"}");
        assertEquals(422, registered.status(), registered.body());
        assertEquals("issuedOn", ((Map<?, ?>) ((List<?>) registered.object().get("fields")).getFirst()).get("field"), registered.body());
        assertEquals(before, ((Number) officer.get("/api/documents?size=1").object().get("total")).longValue());
    }

    @Test
    void theDemoPlanListsWhoHasNotIssuedTheirPlanYet() {
        RunningApp.Client leader = app.as("tamduong.lanhdao");
        Map<String, Object> plan = ((List<Map<String, Object>>) leader.get("/api/documents?q=102-KH/HU").object().get("items")).stream()
                .filter(document -> "102-KH/HU".equals(document.get("symbol"))).findFirst().orElseThrow();
        List<Map<String, Object>> execution = leader.get("/api/documents/" + plan.get("id") + "/execution").list();
        Map<String, Object> banBo = execution.stream().filter(unit -> "Xã Bản Bo".equals(unit.get("unitName"))).findFirst().orElseThrow();
        assertEquals("12-KH/ĐU", ((Map<?, ?>) banBo.get("plan")).get("symbol"));
        assertTrue(execution.stream().anyMatch(unit -> unit.get("plan") == null && ((Number) unit.get("daysOverdue")).longValue() > 0));
    }

    @Test
    void anInvalidNumberIsRefusedWithItsReasonAndNumbersAreAllocated() {
        Response invalid = officer.call("POST", "/api/documents", "{\"number\":\"Số 12 - XX/HU\",\"title\":\"Thử\"}");
        assertEquals(422, invalid.status(), invalid.body());
        assertEquals("number", ((Map<?, ?>) ((List<?>) invalid.object().get("fields")).getFirst()).get("field"));
        Response number = officer.call("POST", "/api/documents/numbers", "{\"issuerCode\":\"HU\",\"kind\":\"KH\",\"term\":\"2025-2030\"}");
        assertEquals(201, number.status(), number.body());
        assertEquals("01-KH/HU", number.object().get("symbol"));
        assertEquals(403, app.as("banbo.baocao").call("POST", "/api/documents/numbers", "{\"issuerCode\":\"HU\",\"kind\":\"KH\",\"term\":\"2025-2030\"}").status());
    }

    @Test
    void aFileIsAttachedAndDownloadedAndAForgedOneIsRefused() {
        long id = ((Number) officer.call("POST", "/api/documents", "{\"number\":\"Số 21-CV/HU\",\"title\":\"Công văn có tệp\"}")
                .object().get("id")).longValue();
        Response added = officer.send("POST", "/api/documents/" + id + "/attachments", "multipart/form-data; boundary=B",
                HttpRequest.BodyPublishers.ofString(multipart("công văn.pdf", "%PDF-1.4 thử")));
        assertEquals(201, added.status(), added.body());
        Response download = officer.get("/api/documents/attachments/" + added.object().get("id"));
        assertEquals(200, download.status());
        assertEquals("%PDF-1.4 thử", download.body());
        assertTrue(download.header("Content-Disposition").contains("c%C3%B4ng%20v%C4%83n.pdf"), download.header("Content-Disposition"));
        Response forged = officer.send("POST", "/api/documents/" + id + "/attachments", "multipart/form-data; boundary=B",
                HttpRequest.BodyPublishers.ofString(multipart("setup.pdf", "MZ not a pdf")));
        assertEquals(422, forged.status());
        assertEquals("attachment.type.refused", forged.object().get("code"));
        assertEquals(1, officer.get("/api/documents/" + id + "/attachments").list().size());
    }

    @Test
    void aCommuneSeesItsDistrictsPlanButNotAnotherCommunesOwn() {
        RunningApp.Client neighbour = app.newAccount("giangma.baocao", "Xã Giang Ma", "REPORTER");
        long banBoPlan = idOf(app.as("banbo.baocao"), "12-KH/ĐU");

        assertEquals(404, neighbour.get("/api/documents/" + banBoPlan).status(), "a sibling commune's plan is out of sight");
        assertEquals(404, neighbour.get("/api/documents/" + banBoPlan + "/attachments").status());
        assertEquals(0, ((List<?>) neighbour.get("/api/documents?q=12-KH").object().get("items")).size());
        long districtPlan = idOf(neighbour, "102-KH/HU");
        assertEquals(200, neighbour.get("/api/documents/" + districtPlan + "/cascade").status(), "the district's plan is seen below it");
        assertEquals(404, neighbour.call("PUT", "/api/documents/" + banBoPlan, "{\"version\":0,\"number\":\"12-KH/ĐU\",\"title\":\"Sửa\"}").status());
        assertEquals(200, officer.get("/api/documents/" + banBoPlan).status(),
                "the district's propaganda department follows the communes' plans in the Huyện ủy's name");
    }

    @Test
    void aDocumentIsCorrectedWithItsVersionAndDeletedUnlessReferred() {
        Map<String, Object> registered = officer.call("POST", "/api/documents",
                "{\"number\":\"Số 31-CV/HU\",\"title\":\"Công văn cần sửa\",\"issuedOn\":\"2024-05-06\"}").object();
        String path = "/api/documents/" + registered.get("id");
        String correction = "{\"version\":%s,\"number\":\"Số 31-CV/HU\",\"title\":\"%s\",\"issuedOn\":\"2024-05-06\"}";
        Response corrected = officer.call("PUT", path, correction.formatted(registered.get("version"), "Công văn đã sửa"));
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("Công văn đã sửa", corrected.object().get("title"));
        Response stale = officer.call("PUT", path, correction.formatted(registered.get("version"), "Bản sửa cũ"));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("document.changed-by-someone-else", stale.object().get("code"));
        Response blank = officer.call("PUT", path, "{\"version\":%s,\"title\":\" \"}".formatted(corrected.object().get("version")));
        assertEquals(422, blank.status(), blank.body());
        assertTrue(blank.body().contains("\"title\"") && blank.body().contains("\"number\""), blank.body());

        Response referred = app.as("laichau.admin").call("DELETE", "/api/documents/" + idOf(officer, "102-KH/HU") + "?version=0", null);
        assertEquals(409, referred.status(), referred.body());
        assertEquals(403, app.as("laichau.xem").call("DELETE", path + "?version=" + corrected.object().get("version"), null).status());
        assertEquals(204, officer.call("DELETE", path + "?version=" + corrected.object().get("version"), null).status());
        assertEquals(404, officer.get(path).status());
    }

    @SuppressWarnings("unchecked")
    private static long idOf(RunningApp.Client client, String symbol) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) client.get("/api/documents?q=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8)).object().get("items");
        return ((Number) items.stream().filter(document -> symbol.equals(document.get("symbol"))).findFirst().orElseThrow().get("id")).longValue();
    }

    private static String multipart(String fileName, String content) {
        return "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--B--\r\n";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
