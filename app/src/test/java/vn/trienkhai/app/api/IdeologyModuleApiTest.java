package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ideology module over HTTP: a hot spot is raised and closed, bad input is refused by field, a reader cannot write. */
class IdeologyModuleApiTest extends ApiTest {

    @Test
    void aHotSpotIsRaisedWithItsOwnerAndClosedWithItsFollowUp() {
        RunningApp.Client officer = app.as("tamduong.tuyengiao");
        String today = LocalDate.now(app.context().getBean(Clock.class)).toString();
        long commune = unitId("Xã Tả Lèng");
        int open = officer.get("/api/m/ideology/hot-spots").list().size();

        String tense = """
                {"unitId": %d, "reportDate": "%s", "topic": "Tin đồn thu hồi đất", "summary": "Người dân lo lắng", "mood": "TENSE"%s}""";
        Response refused = officer.call("POST", "/api/m/ideology/opinion-reports", tense.formatted(commune, today, ""));
        assertEquals(422, refused.status(), refused.body());
        assertEquals(List.of("followUpOwner"), fields(refused));

        Response created = officer.call("POST", "/api/m/ideology/opinion-reports",
                tense.formatted(commune, today, ", \"followUpOwner\": \"Đ/c Trưởng Ban Dân vận\""));
        assertEquals(201, created.status(), created.body());
        Map<String, Object> report = created.object();
        assertEquals(true, report.get("hotSpot"));
        assertEquals(open + 1, officer.get("/api/m/ideology/hot-spots").list().size());

        String close = "{\"followUpNote\": \"Đã đối thoại với các hộ\", \"closedOn\": \"%s\", \"version\": %d}";
        Map<String, Object> closed = ok(officer.call("POST", "/api/m/ideology/opinion-reports/" + number(report, "id") + "/close",
                close.formatted(today, number(report, "version"))));
        assertEquals("CLOSED", closed.get("status"));
        assertEquals(409, officer.call("POST", "/api/m/ideology/opinion-reports/" + number(report, "id") + "/close",
                close.formatted(today, number(report, "version"))).status(), "a closed report is not closed again");
        assertEquals(open, officer.get("/api/m/ideology/hot-spots").list().size());
    }

    @Test
    void theNetworkItsBriefingsAndTheSynthesisAreReadAndAReaderCannotWrite() {
        RunningApp.Client officer = app.as("tamduong.tuyengiao");
        int year = LocalDate.now(app.context().getBean(Clock.class)).getYear();
        long district = unitId("Huyện ủy Tam Đường");
        assertEquals(12, officer.get("/api/m/ideology/roster").list().size());
        Response bad = officer.call("POST", "/api/m/ideology/roster", "{\"unitId\": " + district + ", \"fullName\": \"\"}");
        assertEquals(422, bad.status(), bad.body());
        assertEquals(List.of("fullName", "role", "level", "since"), fields(bad));

        List<Map<String, Object>> years = officer.get("/api/m/ideology/briefings/years/" + year).list();
        assertTrue(years.stream().anyMatch(line -> number(line, "unitId") == district && number(line, "monthsHeld") > 0), years.toString());

        Response month = officer.get("/api/m/ideology/units/" + district + "/synthesis?period=" + year + "-M13");
        assertEquals(422, month.status(), month.body());
        assertEquals("period", field(month));
        Map<String, Object> quarter = ok(officer.get("/api/m/ideology/units/" + district + "/synthesis?period=" + year + "-Q1"));
        assertTrue(list(quarter, "lines").size() > 1, "a line per commune");

        Response forbidden = app.as("laichau.xem").call("POST", "/api/m/ideology/incidents", """
                {"unitId": %d, "foundOn": "%d-01-05", "platform": "FACEBOOK", "link": "https://facebook.com/p/1", "topic": "Tin giả",
                 "action": "PENDING"}""".formatted(district, year));
        assertEquals(403, forbidden.status(), forbidden.body());
    }

    private long unitId(String name) {
        Organisation laiChau = app.context().getBean(OrganisationService.class).findByCode("laichau").orElseThrow();
        Actor system = Actor.system(laiChau.id(), laiChau.rootUnitId(), UnitPath.root(laiChau.rootUnitId()));
        return app.context().getBean(UnitService.class).tree(system, false).stream().filter(unit -> unit.name().equals(name))
                .findFirst().orElseThrow().id();
    }
}
