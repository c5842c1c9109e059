package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.report.ConsolidatedReport;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The culture module's API and report section exist only while Lai Châu has it on, and come back with their data. */
class CultureModuleApiTest extends ApiTest {

    private static final String SECTION = "CÔNG TÁC XÂY DỰNG ĐỜI SỐNG VĂN HÓA CƠ SỞ";

    @Test
    void switchingTheModuleOffHidesItsApiAndReportSectionAndOnBringsThemBackIntact() {
        Organisation laiChau = app.context().getBean(OrganisationService.class).findByCode("laichau").orElseThrow();
        Actor system = Actor.system(laiChau.id(), laiChau.rootUnitId(), UnitPath.root(laiChau.rootUnitId()));
        List<Unit> tree = app.context().getBean(UnitService.class).tree(system, false);
        long district = tree.stream().filter(unit -> unit.name().equals("Huyện ủy Tam Đường")).findFirst().orElseThrow().id();
        long banBo = tree.stream().filter(unit -> unit.name().equals("Xã Bản Bo")).findFirst().orElseThrow().id();
        RunningApp.Client admin = app.as("laichau.admin");
        String path = "/api/m/culture/communes/" + banBo + "/surveys/2024";

        Map<String, Object> before = ok(admin.get(path));
        assertEquals(4, list(before, "villages").size());
        assertTrue(headings(system, district).contains(SECTION));

        assertEquals(200, admin.call("PUT", "/api/modules/culture", "{\"enabled\":false}").status());
        try {
            Response hidden = admin.get(path);
            assertEquals(404, hidden.status());
            assertEquals("module.not-enabled", hidden.object().get("code"));
            assertFalse(headings(system, district).contains(SECTION));
        } finally {
            assertEquals(200, admin.call("PUT", "/api/modules/culture", "{\"enabled\":true}").status());
        }
        assertEquals(before, ok(admin.get(path)), "the surveys are intact");
        assertTrue(headings(system, district).contains(SECTION));
    }

    private List<String> headings(Actor actor, long unitId) {
        return app.context().getBean(ConsolidatedReport.class).build(actor, unitId, Period.year(2024)).sections().stream()
                .map(ReportSection::heading).toList();
    }
}
