package vn.trienkhai.app.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;
import vn.trienkhai.core.document.parsing.DocxFiles;
import vn.trienkhai.core.document.parsing.SeedFiles;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/documents/import/preview over real HTTP, with the seed plans as text and as .docx. */
class ImportPreviewApiTest extends ApiTest {

    private static final String PREVIEW = "/api/documents/import/preview";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Path SEED_002 = SeedFiles.directory().resolve("002_8116868c8bd2955c.txt");

    private RunningApp.Client officer;

    @BeforeAll
    void signIn() {
        officer = app.as("tamduong.tuyengiao");
    }

    @Test
    void everySeedReadsAsADraft() {
        for (Path seed : SeedFiles.all()) {
            Response draft = previewText(officer, SeedFiles.read(seed));
            assertEquals(200, draft.status(), seed + ": " + draft.body());
            assertEquals("KH", draft.object().get("kind"), seed.toString());
            assertTrue(!objects(draft.object().get("tasks")).isEmpty(), seed + " has tasks");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTamDuongPlanGivesItsNumberCitationsTasksTargetsRecipientsAndSigner() {
        Map<String, Object> draft = previewText(officer, SeedFiles.read(SEED_002)).object();

        assertEquals("102-KH/HU", draft.get("symbol"));
        assertEquals(102, ((Number) draft.get("number")).intValue());
        assertEquals("KH", draft.get("kind"));
        assertEquals("HU", draft.get("issuerCode"));
        assertEquals("2022-01-26", draft.get("issuedOn"));
        assertEquals("Tam Đường", draft.get("place"));
        assertTrue(symbols(draft.get("implements")).containsAll(List.of("224-KL/TU", "61-KH/TU")), draft.get("implements").toString());
        assertTrue(objects(draft.get("tasks")).stream().anyMatch(task -> "Ban Tuyên giáo Huyện ủy".equals(task.get("leadUnit"))
                && List.of("Văn phòng Huyện ủy").equals(task.get("coordinatingUnits"))), draft.get("tasks").toString());
        assertTrue(objects(draft.get("tasks")).stream().map(task -> (Map<String, Object>) task.get("deadline"))
                .anyMatch(deadline -> "MONTH".equals(deadline.get("type")) && "2022-03-31".equals(deadline.get("date"))));
        assertTrue(objects(draft.get("targets")).stream().anyMatch(target -> ((Number) target.get("value")).doubleValue() == 88
                && "PERCENT".equals(target.get("unit")) && Integer.valueOf(2025).equals(target.get("year"))), draft.get("targets").toString());
        assertTrue(objects(draft.get("recipients")).contains(Map.of("name", "TT Tỉnh ủy", "purpose", "REPORT")));
        assertEquals("Tần Thị Quế", ((Map<String, Object>) draft.get("signer")).get("name"));
    }

    @Test
    void anUploadedFileReadsAsItsText() {
        String text = SeedFiles.read(SEED_002);
        Map<String, Object> fromText = previewText(officer, text).object();

        Response fromDocx = upload(officer, "102-KH-HU.docx", DOCX, DocxFiles.fromText(text));
        // as Windows Notepad saves it, with a byte order mark
        Response fromTxt = upload(officer, "102-KH-HU.txt", "text/plain", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));

        assertEquals(200, fromDocx.status(), fromDocx.body());
        assertEquals(fromText.get("symbol"), fromDocx.object().get("symbol"));
        assertEquals(fromText.get("title"), fromDocx.object().get("title"));
        assertEquals(objects(fromText.get("tasks")).size(), objects(fromDocx.object().get("tasks")).size());
        assertEquals(fromText, fromTxt.object());
    }

    @Test
    void onlyAnAccountThatMayImportGetsADraft() {
        String text = SeedFiles.read(SEED_002);
        Response reporter = previewText(app.as("banbo.baocao"), text);
        assertEquals(403, reporter.status(), reporter.body());
        assertEquals("access.forbidden", reporter.object().get("code"));
        Response anonymous = previewText(app.anonymous(), text);
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals("auth.required", anonymous.object().get("code"));
        assertEquals(401, upload(app.anonymous(), "x.docx", DOCX, DocxFiles.fromText(text)).status());
        assertEquals(401, app.anonymous().call("POST", PREVIEW, "{}").status(), "authenticated before the body type is looked at");
        Response json = officer.call("POST", PREVIEW, "{\"text\":\"KẾ HOẠCH\"}");
        assertEquals(415, json.status(), json.body());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertRefused(previewText(officer, ""), "text", "import.text.empty");
        assertRefused(upload(officer, "ke-hoach.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
                "file", "import.file.type");
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        Response damaged = upload(officer, "x.docx", DOCX, garbage);
        assertRefused(damaged, "file", "import.file.unreadable");
        assertFalse(damaged.body().contains("poi") || damaged.body().contains("Exception"), damaged.body());
        assertRefused(upload(officer, "x.txt", "text/plain", new byte[] {'K', (byte) 0xC3, (byte) 0x28}), "file", "import.file.unreadable");
        assertRefused(previewText(officer, "x".repeat(600_000)), "text", "import.text.too-long");
        assertRefused(officer.send("POST", PREVIEW, TEXT, BodyPublishers.ofByteArray(new byte[] {'K', (byte) 0xC3, (byte) 0x28})),
                "text", "import.text.not-utf8");
    }

    @Test
    void aBodyOverTheServersLimitGetsA413WithTheReason() {
        Response refused = previewText(officer, "x".repeat(12 * 1024 * 1024));
        assertEquals(413, refused.status(), refused.body());
        assertEquals("import.text.too-long", refused.object().get("code"), refused.body());
        Response file = upload(officer, "lon.docx", DOCX, new byte[10 * 1024 * 1024 + 1]);
        assertEquals(413, file.status(), file.body());
        assertEquals("import.file.too-large", file.object().get("code"), file.body());
    }

    @Test
    void aPreviewSavesNothing() {
        RunningApp.Client admin = app.as("laichau.admin");
        long before = auditEntries(admin);

        assertEquals(200, previewText(officer, SeedFiles.read(SEED_002)).status());

        assertEquals(before, auditEntries(admin));
    }

    private static void assertRefused(Response response, String field, String code) {
        assertEquals(422, response.status(), response.body());
        assertEquals(code, response.object().get("code"), response.body());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) response.object().get("fields")).getFirst();
        assertEquals(field, error.get("field"));
        assertEquals(code, error.get("code"));
    }

    private static Response previewText(RunningApp.Client client, String text) {
        return client.send("POST", PREVIEW, TEXT, BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }

    /** A multipart form whose part "file" holds {@code content}. */
    private static Response upload(RunningApp.Client client, String fileName, String contentType, byte[] content) {
        String boundary = "trienkhai-" + Long.toHexString(new Random().nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send("POST", PREVIEW, "multipart/form-data; boundary=" + boundary, BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static long auditEntries(RunningApp.Client admin) {
        Response page = admin.get("/api/audit?size=1");
        assertEquals(200, page.status(), page.body());
        return ((Number) page.object().get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private static List<Object> symbols(Object citations) {
        return objects(citations).stream().map(citation -> citation.get("symbol")).toList();
    }
}
