package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp.Response;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The follow-up over real HTTP on the demo: Huyện ủy Tam Đường's leader follows the district's plan 102-KH/HU. */
class FollowUpApiTest extends ApiTest {

    @Test
    void theLeaderSeesTheDistrictsFourStatesPerCommuneAndOpensOne() {
        var leader = app.as("tamduong.lanhdao");
        Map<String, Object> district = ok(leader.get("/api/follow-up"));
        Map<?, ?> total = (Map<?, ?>) district.get("total");
        long counted = number(total, "onTime") + number(total, "late") + number(total, "withinDeadline") + number(total, "overdue");
        assertTrue(counted > 0, district.toString());
        assertTrue(number(total, "overdue") > 0, "the demo leaves some parts overdue: " + total);
        List<Map<?, ?>> units = list(district, "units");
        assertTrue((Boolean) units.getFirst().get("own"), "the district's own parts come first");
        long sum = units.stream().mapToLong(unit -> number((Map<?, ?>) unit.get("counts"), "overdue")).sum();
        assertEquals(number(total, "overdue"), sum, "the rows add up to the total");

        Map<?, ?> commune = units.stream().filter(unit -> !(Boolean) unit.get("own")).findFirst().orElseThrow();
        Map<String, Object> opened = ok(leader.get("/api/follow-up?unitId=" + number(commune, "unitId")));
        assertEquals(commune.get("unitName"), opened.get("unitName"));
        assertEquals(number((Map<?, ?>) commune.get("counts"), "overdue"), number((Map<?, ?>) opened.get("total"), "overdue"));
    }

    @Test
    void aPeriodNarrowsTheDeadlinesCounted() {
        var leader = app.as("tamduong.lanhdao");
        Map<String, Object> quarter = ok(leader.get("/api/follow-up?period=QUARTER&year=2025&index=2"));
        assertEquals("2025-04-01", quarter.get("from"));
        assertEquals("2025-06-30", quarter.get("to"));
        Map<String, Object> year = ok(leader.get("/api/follow-up?period=YEAR&year=2025"));
        assertEquals("2025-12-31", year.get("to"));
        assertTrue(number((Map<?, ?>) year.get("total"), "onTime") >= number((Map<?, ?>) quarter.get("total"), "onTime"));
    }

    @Test
    void aPeriodOutOfRangeOrAUnitOutOfScopeIsRefused() {
        var leader = app.as("tamduong.lanhdao");
        Response index = leader.get("/api/follow-up?period=QUARTER&year=2025&index=5");
        assertEquals(422, index.status(), index.body());
        assertEquals("period.index", field(index));
        Response year = leader.get("/api/follow-up?period=YEAR&year=20255");
        assertEquals(422, year.status(), year.body());
        assertEquals("period.year", field(year));
        assertEquals(400, leader.get("/api/follow-up?period=WEEK").status());

        // the province's root is above the district leader's scope
        long province = number(ok(app.as("laichau.admin").get("/api/follow-up")), "unitId");
        assertEquals(404, leader.get("/api/follow-up?unitId=" + province).status());
    }
}
