package vn.trienkhai.app.api;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The task API over real HTTP on the demo data: the tasks of Huyện ủy Tam Đường's plan 102-KH/HU, worked on by the
 * commune Bản Bo's reporter and the district's propaganda officer. Each test works on other communes' parts, so that
 * the tests do not depend on each other's order.
 */
class TaskApiTest extends ApiTest {

    private static final String BAN_BO = "Xã Bản Bo";
    private static final String MULTIPART = "multipart/form-data; boundary=B";

    private RunningApp.Client reporter;
    private RunningApp.Client officer;

    @BeforeAll
    void signIn() {
        reporter = app.as("banbo.baocao");
        officer = app.as("tamduong.tuyengiao");
    }

    @Test
    void aCommuneReporterReopensReportsProgressAndFinishesWithANote() {
        List<Map<String, Object>> mine = items(reporter.get("/api/tasks?scope=mine"));
        assertFalse(mine.isEmpty(), "the demo plan gives Bản Bo work");
        assertTrue(mine.stream().allMatch(line -> BAN_BO.equals(line.get("unitName"))), mine.toString());
        // Bản Bo's plan 12-KH/ĐU fulfilled its "own plan" task at start; the commune reopens it to add to it
        Map<String, Object> line = mine.stream().filter(candidate -> "OWN_PLAN".equals(candidate.get("kind"))).findFirst().orElseThrow();
        long partId = number(line, "partId");
        long read = number(line, "version");
        Response reopened = reporter.call("POST", "/api/tasks/parts/" + partId + "/status",
                "{\"status\":\"IN_PROGRESS\",\"version\":%d}".formatted(read));
        assertEquals(200, reopened.status(), reopened.body());
        assertEquals("IN_PROGRESS", reopened.object().get("status"));
        read = number(reopened.object(), "version");
        assertTrue(items(reporter.get("/api/tasks?scope=mine&status=NOT_STARTED&status=IN_PROGRESS")).stream()
                .anyMatch(open -> number(open, "partId") == partId));

        Response progress = reporter.call("POST", "/api/tasks/parts/" + partId + "/progress",
                "{\"text\":\"Đã tổ chức hội nghị quán triệt cho đảng viên\",\"percent\":60,\"version\":%d}".formatted(read));
        assertEquals(200, progress.status(), progress.body());
        assertEquals("IN_PROGRESS", progress.object().get("status"));
        assertEquals(60, number(progress.object(), "percent"));
        long afterProgress = number(progress.object(), "version");

        Response noNote = reporter.call("POST", "/api/tasks/parts/" + partId + "/status",
                "{\"status\":\"DONE\",\"version\":%d}".formatted(afterProgress));
        assertEquals(422, noNote.status(), noNote.body());
        assertEquals(List.of("note"), fieldNames(noNote));

        Response stale = reporter.call("POST", "/api/tasks/parts/" + partId + "/status",
                "{\"status\":\"DONE\",\"note\":\"Xong\",\"version\":%d}".formatted(read));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("task.changed-by-someone-else", stale.object().get("code"));

        Response done = reporter.call("POST", "/api/tasks/parts/" + partId + "/status",
                "{\"status\":\"DONE\",\"note\":\"Đã hoàn thành, có báo cáo kèm theo\",\"version\":%d}".formatted(afterProgress));
        assertEquals(200, done.status(), done.body());
        assertEquals("DONE", done.object().get("status"));
        assertEquals(100, number(done.object(), "percent"));
        assertEquals("Đã hoàn thành, có báo cáo kèm theo", done.object().get("completionNote"));
        assertNotNull(done.object().get("doneOn"));

        Map<String, Object> details = reporter.get("/api/tasks/" + number(line, "taskId")).object();
        List<?> kinds = ((List<?>) details.get("history")).stream().map(entry -> ((Map<?, ?>) entry).get("kind")).toList();
        assertTrue(kinds.containsAll(List.of("PROGRESS", "STATUS")), details.toString());
        assertTrue(items(reporter.get("/api/tasks?status=DONE")).stream().anyMatch(finished -> number(finished, "partId") == partId));
    }

    @Test
    void anotherUnitsOrAnotherOrganisationsTaskIsNotFound() {
        Map<String, Object> giangMa = openPart(0);
        Response sibling = reporter.call("POST", "/api/tasks/parts/" + number(giangMa, "partId") + "/progress",
                "{\"text\":\"Báo cáo nhầm\",\"version\":%d}".formatted(number(giangMa, "version")));
        assertEquals(404, sibling.status(), sibling.body());
        assertEquals("access.not-found", sibling.object().get("code"), sibling.body());

        RunningApp.Client huongTra = app.as("huongtra.admin");
        Response foreignTask = huongTra.get("/api/tasks/" + number(giangMa, "taskId"));
        assertEquals(404, foreignTask.status(), foreignTask.body());
        assertFalse(foreignTask.body().contains((String) giangMa.get("unitName")));
        Response foreignPart = huongTra.call("POST", "/api/tasks/parts/" + number(giangMa, "partId") + "/status",
                "{\"status\":\"DONE\",\"note\":\"x\",\"version\":%d}".formatted(number(giangMa, "version")));
        assertEquals(404, foreignPart.status(), foreignPart.body());
        assertTrue(items(huongTra.get("/api/tasks?scope=unit")).stream().noneMatch(line -> giangMa.get("unitName").equals(line.get("unitName"))));
    }

    @Test
    void aViewerReadsButCannotChangeAStatus() {
        RunningApp.Client viewer = app.as("laichau.xem");
        assertFalse(items(viewer.get("/api/tasks?scope=unit")).isEmpty());
        Map<String, Object> part = openPart(1);
        Response refused = viewer.call("POST", "/api/tasks/parts/" + number(part, "partId") + "/status",
                "{\"status\":\"IN_PROGRESS\",\"version\":%d}".formatted(number(part, "version")));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("access.forbidden", refused.object().get("code"));
        assertEquals(part.get("status"), part(number(part, "partId")).get("status"));
    }

    @Test
    void aBulkChangeIsAllOrNothing() {
        Map<String, Object> first = openPart(2);
        Map<String, Object> second = openPart(3);
        String body = "{\"status\":\"IN_PROGRESS\",\"parts\":[{\"partId\":%d,\"version\":%d},{\"partId\":%d,\"version\":%d}]}";
        Response stale = officer.call("POST", "/api/tasks/status", body.formatted(number(first, "partId"), number(first, "version"),
                number(second, "partId"), number(second, "version") + 7));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(first.get("version"), part(number(first, "partId")).get("version"), "the first part is left as it was");

        Response byLeader = app.as("tamduong.lanhdao").call("POST", "/api/tasks/status", body.formatted(number(first, "partId"),
                number(first, "version"), number(second, "partId"), number(second, "version")));
        assertEquals(403, byLeader.status(), byLeader.body());

        Response changed = officer.call("POST", "/api/tasks/status", body.formatted(number(first, "partId"), number(first, "version"),
                number(second, "partId"), number(second, "version")));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(List.of("IN_PROGRESS", "IN_PROGRESS"), changed.list().stream().map(part -> part.get("status")).toList());

        Response empty = officer.call("POST", "/api/tasks/status", "{\"status\":\"DONE\",\"note\":\"x\",\"parts\":[]}");
        assertEquals(422, empty.status(), empty.body());
        assertEquals(List.of("parts"), fieldNames(empty));
    }

    @Test
    void theExportIsAWorkbookOfTheSameList() throws IOException {
        String query = "scope=unit&sort=UNIT";
        long total = number(officer.get("/api/tasks?" + query).object(), "total");
        HttpResponse<byte[]> file = officer.download("/api/tasks/export.xlsx?" + query);
        assertEquals(200, file.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                file.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().matches("attachment; filename=\"nhiem-vu\\.xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("STT", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Tình trạng thời hạn", sheet.getRow(0).getCell(10).getStringCellValue());
            assertEquals(total, sheet.getLastRowNum(), "one row per line of the list");
        }
    }

    @Test
    void valuesThatCannotBeReadAreRefusedNamingTheParameter() {
        for (String parameter : List.of("status=FINISHED", "timeliness=LATE", "sort=NAME", "dueFrom=2024-13-01", "role=OWNER",
                "scope=all")) {
            Response refused = reporter.get("/api/tasks?" + parameter);
            assertEquals(400, refused.status(), parameter + ": " + refused.body());
            assertEquals("request.malformed", refused.object().get("code"));
            // named as the framework names what it could not read, the same as for a body's field
            assertEquals(List.of("/" + parameter.substring(0, parameter.indexOf('='))), fieldNames(refused), refused.body());
        }
        Response export = reporter.get("/api/tasks/export.xlsx?dueTo=hôm-nay");
        assertEquals(400, export.status(), export.body());
        assertEquals(List.of("/dueTo"), fieldNames(export));
    }

    @Test
    void aCommentReachesTheUnitsNotifications() {
        Map<String, Object> part = items(reporter.get("/api/tasks?scope=mine")).getFirst();
        Response comment = officer.call("POST", "/api/tasks/parts/" + number(part, "partId") + "/comments",
                "{\"text\":\"Đề nghị xã gửi báo cáo trước ngày 15\"}");
        assertEquals(204, comment.status(), comment.body());
        List<Map<String, Object>> notices = reporter.get("/api/notifications").list();
        assertTrue(notices.stream().anyMatch(notice -> "COMMENT".equals(notice.get("kind")) && !(Boolean) notice.get("read")
                && number(part, "taskId") == number(notice, "taskId")), notices.toString());
        assertTrue(number(reporter.get("/api/notifications/unread").object(), "count") > 0);
        assertEquals(204, reporter.call("POST", "/api/notifications/read", null).status());
        assertEquals(0, number(reporter.get("/api/notifications/unread").object(), "count"));
        assertEquals(422, officer.call("POST", "/api/tasks/parts/" + number(part, "partId") + "/comments", "{\"text\":\" \"}").status());
    }

    @Test
    void aProgressReportCarriesAFileThatComesBackByteForByte() {
        Map<String, Object> line = items(reporter.get("/api/tasks?scope=mine&status=NOT_STARTED&status=IN_PROGRESS&size=200")).stream()
                .filter(candidate -> !"OWN_PLAN".equals(candidate.get("kind"))).toList().getLast();
        Response progress = reporter.call("POST", "/api/tasks/parts/" + number(line, "partId") + "/progress",
                "{\"text\":\"Đã họp triển khai, gửi kèm biên bản\",\"percent\":30,\"version\":%d}".formatted(number(line, "version")));
        assertEquals(200, progress.status(), progress.body());
        long entryId = number(progress.object(), "entryId");

        byte[] pdf = "%PDF-1.7\nBiên bản họp triển khai\n%%EOF".getBytes(StandardCharsets.UTF_8);
        Response added = reporter.send("POST", "/api/tasks/entries/" + entryId + "/attachments", MULTIPART,
                multipart("biên bản họp.pdf", pdf));
        assertEquals(201, added.status(), added.body());
        assertEquals("biên bản họp.pdf", added.object().get("fileName"));
        assertEquals(pdf.length, number(added.object(), "sizeBytes"));

        Response forged = reporter.send("POST", "/api/tasks/entries/" + entryId + "/attachments", MULTIPART,
                multipart("ảnh.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, forged.status(), forged.body());
        assertEquals("attachment.type.refused", forged.object().get("code"));
        assertEquals(List.of(added.object()), entry(number(line, "taskId"), entryId).get("files"), "the refused file is not kept");

        HttpResponse<byte[]> download = reporter.download("/api/tasks/attachments/" + number(added.object(), "id"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("attachment; filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp.pdf",
                download.headers().firstValue("Content-Disposition").orElseThrow());

        Response byNeighbour = app.newAccount("giangma.tiendo", "Xã Giang Ma", "REPORTER").send("POST", "/api/tasks/entries/" + entryId + "/attachments", MULTIPART,
                multipart("bien-ban.pdf", pdf));
        assertEquals(404, byNeighbour.status(), "another commune's reporter does not reach Bản Bo's report: " + byNeighbour.body());
        assertEquals(403, app.as("laichau.xem").send("POST", "/api/tasks/entries/" + entryId + "/attachments", MULTIPART,
                multipart("bien-ban.pdf", pdf)).status(), "a viewer reads but does not report");
        assertEquals(404, app.as("huongtra.admin").download("/api/tasks/attachments/" + number(added.object(), "id")).statusCode());
        assertEquals(List.of(added.object()), entry(number(line, "taskId"), entryId).get("files"));
    }

    /**
     * The {@code index}-th part not started yet of another unit than Bản Bo, as the district's officer lists them: the
     * demo's progress leaves some parts untouched, not always the same units'.
     */
    private Map<String, Object> openPart(int index) {
        List<Map<String, Object>> open = items(officer.get("/api/tasks?scope=unit&status=NOT_STARTED&size=200")).stream()
                .filter(line -> !"Xã Bản Bo".equals(line.get("unitName"))).toList();
        assertTrue(open.size() > index, "open commune parts: " + open.size());
        return open.get(index);
    }

    private Map<String, Object> part(long partId) {
        return items(officer.get("/api/tasks?scope=unit&status=NOT_STARTED&status=IN_PROGRESS&size=200")).stream()
                .filter(line -> number(line, "partId") == partId)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> entry(long taskId, long entryId) {
        return ((List<Map<String, Object>>) reporter.get("/api/tasks/" + taskId).object().get("history")).stream()
                .filter(entry -> number(entry, "id") == entryId).findFirst().orElseThrow();
    }

    private static HttpRequest.BodyPublisher multipart(String fileName, byte[] content) {
        byte[] head = ("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--B--\r\n".getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response page) {
        assertEquals(200, page.status(), page.body());
        return (List<Map<String, Object>>) page.object().get("items");
    }

    private static List<?> fieldNames(Response refused) {
        return ((List<?>) refused.object().get("fields")).stream().map(field -> ((Map<?, ?>) field).get("field")).toList();
    }
}
