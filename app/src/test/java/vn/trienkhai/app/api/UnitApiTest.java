package vn.trienkhai.app.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unit API over real HTTP against the started application on PostgreSQL with the demo data. */
class UnitApiTest extends ApiTest {

    private RunningApp.Client admin;

    @BeforeAll
    void signIn() {
        admin = app.as("laichau.admin");
    }

    @Test
    void searchIgnoresDiacriticsAndPages() {
        Response found = admin.get("/api/units/search?q=tam%20duong&size=1");
        assertEquals(200, found.status(), found.body());
        Map<String, Object> page = found.object();
        assertEquals(2, ((Number) page.get("total")).intValue());
        assertEquals(1, ((List<?>) page.get("items")).size());
    }

    @Test
    void subtreeAndAncestorsOfTheDemoDistrict() {
        Map<String, Object> district = unit("Huyện ủy Tam Đường");
        long id = ((Number) district.get("id")).longValue();
        List<Map<String, Object>> subtree = admin.get("/api/units/" + id + "/subtree").list();
        assertTrue(subtree.stream().anyMatch(unit -> "Xã Bản Bo".equals(unit.get("name"))));
        List<Map<String, Object>> ancestors = admin.get("/api/units/" + id + "/ancestors").list();
        assertEquals(List.of("Tỉnh ủy Lai Châu"), ancestors.stream().map(unit -> unit.get("name")).toList());
    }

    @Test
    void invalidInputIsRefusedWithFieldNamesAndChangesNothing() {
        long district = id(unit("Huyện ủy Tam Đường"));
        int before = admin.get("/api/units").list().size();
        Response refused = admin.call("POST", "/api/units",
                "{\"parentId\":" + district + ",\"kind\":\"COMMUNE\",\"code\":\"XA-BANBO\",\"name\":\"\"}");
        assertEquals(422, refused.status(), refused.body());
        List<?> fields = (List<?>) refused.object().get("fields");
        assertEquals(List.of("name", "code"), fields.stream().map(field -> ((Map<?, ?>) field).get("field")).toList());
        assertEquals(before, admin.get("/api/units").list().size());
    }

    @Test
    void aDateOutsideTheRecordsRangeIsRefusedOnItsField() {
        long district = id(unit("Huyện ủy Tam Đường"));
        int before = admin.get("/api/units").list().size();
        for (String date : List.of("+999999999-12-31", "1900-01-01", "2101-01-01")) {
            Response refused = admin.call("POST", "/api/units", ("{\"parentId\":%d,\"kind\":\"COMMUNE\",\"code\":\"XA-MOI\","
                    + "\"name\":\"Xã Mới\",\"validFrom\":\"%s\"}").formatted(district, date));
            assertEquals(422, refused.status(), date + ": " + refused.body());
            Map<?, ?> field = (Map<?, ?>) ((List<?>) refused.object().get("fields")).getFirst();
            assertEquals("validFrom", field.get("field"), refused.body());
        }
        Map<String, Object> office = unit("Văn phòng Tỉnh ủy");
        Response rename = admin.call("PUT", "/api/units/" + id(office), "{\"version\":%d,\"kind\":\"OFFICE\",\"code\":\"VPTU\",\"name\":\"X\",\"effectiveOn\":\"2200-01-01\"}"
                .formatted(((Number) office.get("version")).longValue()));
        assertEquals(422, rename.status(), rename.body());
        assertEquals("date.out-of-range", ((Map<?, ?>) ((List<?>) rename.object().get("fields")).getFirst()).get("code"));
        assertEquals(before, admin.get("/api/units").list().size());
    }

    @Test
    void aStaleVersionGetsAConflict() {
        Map<String, Object> office = unit("Văn phòng Tỉnh ủy");
        String body = "{\"version\":%d,\"kind\":\"OFFICE\",\"code\":\"VPTU\",\"name\":\"%s\",\"effectiveOn\":\"2020-10-01\"}";
        long version = ((Number) office.get("version")).longValue();
        assertEquals(200, admin.call("PUT", "/api/units/" + id(office), body.formatted(version, "Văn phòng Tỉnh ủy (sửa)")).status());
        Response stale = admin.call("PUT", "/api/units/" + id(office), body.formatted(version, "Ghi đè"));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("unit.changed-by-someone-else", stale.object().get("code"));
        assertEquals("Văn phòng Tỉnh ủy (sửa)", admin.get("/api/units/" + id(office)).object().get("name"));
    }

    @Test
    void mergeKeepsTheOldTreeAsOfTheDayBefore() {
        long a = id(unit("Xã Giang Ma"));
        long b = id(unit("Xã Thèn Sin"));
        long district = id(unit("Huyện ủy Tam Đường"));
        Response merged = admin.call("POST", "/api/units/merge", """
                {"unitIds":[%d,%d],"parentId":%d,"kind":"COMMUNE","code":"XA-GMTS","name":"Xã Giang Ma – Thèn Sin","effectiveOn":"2025-07-01"}
                """.formatted(a, b, district));
        assertEquals(201, merged.status(), merged.body());
        List<Object> before = admin.get("/api/units?asOf=2025-06-30").list().stream().map(unit -> unit.get("name")).toList();
        List<Object> now = admin.get("/api/units").list().stream().map(unit -> unit.get("name")).toList();
        assertTrue(before.containsAll(List.of("Xã Giang Ma", "Xã Thèn Sin")) && !before.contains("Xã Giang Ma – Thèn Sin"));
        assertTrue(now.contains("Xã Giang Ma – Thèn Sin") && !now.contains("Xã Giang Ma"));
        assertEquals(2, admin.get("/api/units/" + id(merged.object()) + "/successions").list().size());
    }

    @Test
    void anotherOrganisationCannotReadTheUnit() {
        long district = id(unit("Huyện ủy Tam Đường"));
        Response foreign = app.as("huongtra.admin").get("/api/units/" + district);
        assertEquals(404, foreign.status());
        assertEquals("unit.not-found", foreign.object().get("code"));
        assertFalse(foreign.body().contains("Tam Đường"));
    }

    @Test
    void errorsAreJsonWithoutInternals() {
        Response missing = app.anonymous().get("/api/units");
        assertEquals(401, missing.status());
        assertEquals("auth.required", missing.object().get("code"));
        Response noRoute = admin.get("/api/nothing-here");
        assertEquals(404, noRoute.status());
        assertEquals("request.not-found", noRoute.object().get("code"));
        Response malformed = admin.call("POST", "/api/units", "{not json");
        assertEquals(400, malformed.status(), malformed.body());
        assertFalse(malformed.body().contains("at io.micronaut"));
        Response badId = admin.get("/api/units/abc");
        assertEquals(400, badId.status(), badId.body());
        Response hugeNumber = admin.call("POST", "/api/units", "{\"parentId\":" + "9".repeat(2000) + "}");
        assertEquals(400, hugeNumber.status(), hugeNumber.body());
        for (Response refused : List.of(malformed, badId, hugeNumber)) {
            assertEquals("request.malformed", refused.object().get("code"), refused.body());
            for (String internal : List.of("Exception", "StreamReadConstraints", "jackson", "micronaut", "java.", "Failed to convert")) {
                assertFalse(refused.body().contains(internal), internal + " in " + refused.body());
            }
        }
    }

    private Map<String, Object> unit(String name) {
        return admin.get("/api/units").list().stream().filter(unit -> name.equals(unit.get("name"))).findFirst().orElseThrow();
    }

    private static long id(Map<String, Object> unit) {
        return ((Number) unit.get("id")).longValue();
    }
}
