package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp.Client;
import vn.trienkhai.app.RunningApp.Response;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Indicators over real HTTP on the demo: Tam Đường's households target, and Bản Bo's reporter filling in the survey. */
class IndicatorApiTest extends ApiTest {

    @Test
    void theLeaderReadsTheHouseholdsTargetItsStatusAndItsValues() {
        Client leader = app.as("tamduong.lanhdao");
        Map<String, Object> households = households(leader);
        long id = number(households, "id");
        List<Map<String, Object>> targets = succeeded(leader.get("/api/indicators/" + id + "/targets")).list();
        Map<String, Object> target = targets.getFirst();
        assertEquals(2025, number(target, "year"));
        assertEquals(2020, number(target, "baselineYear"), "the demo gives the goal its 2020 baseline");
        long district = number(target, "unitId");

        Map<String, Object> achievement = succeeded(leader.get("/api/targets/" + number(target, "id") + "/achievement?year=2024")).object();
        assertTrue(List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK").contains(achievement.get("status")), achievement.toString());
        assertNotNull(achievement.get("expected"));

        String period = "unitId=" + district + "&kind=YEAR&year=2024";
        Map<String, Object> rollUp = succeeded(leader.get("/api/indicators/" + id + "/roll-up?" + period)).object();
        assertEquals(1, number(rollUp, "missing"), "one commune has not reported 2024");
        assertEquals(1, ((List<?>) rollUp.get("missingUnits")).size());
        assertEquals(achievement.get("value").toString(), rollUp.get("value").toString());

        List<Map<String, Object>> communes = succeeded(leader.get("/api/indicators/" + id + "/roll-up/sub-units?" + period)).list();
        assertTrue(communes.size() > 1, communes.toString());
        List<Map<String, Object>> series = succeeded(leader.get("/api/indicators/" + id + "/series?unitId=" + district
                + "&kind=YEAR&fromYear=2022&toYear=2024")).list();
        assertEquals(3, series.size());
        assertTrue(series.stream().allMatch(point -> point.get("value") != null), series.toString());

        Response backwards = leader.get("/api/indicators/" + id + "/series?unitId=" + district + "&kind=YEAR&fromYear=2024&toYear=2022");
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals(List.of("to.year"), fields(backwards));
        Response quarter = leader.get("/api/indicators/" + id + "/roll-up?unitId=" + district + "&kind=QUARTER&year=2024&index=5");
        assertEquals(422, quarter.status(), quarter.body());
        assertEquals(List.of("index"), fields(quarter));
    }

    @Test
    void theReporterSavesTheSurveyAllOrNothingAndAStaleFormSavesNothing() {
        Client reporter = app.as("banbo.baocao");
        long commune = number(succeeded(reporter.get("/api/units")).list().getFirst(), "id");
        Map<String, Object> survey = succeeded(reporter.get("/api/data-sets")).list().stream()
                .filter(set -> set.get("name").toString().startsWith("Khảo sát")).findFirst().orElseThrow();
        List<Map<String, Object>> indicators = objects(survey, "indicators");
        assertEquals(4, indicators.size(), "three ratios and a count");
        long households = number(indicators.getFirst(), "id");
        long houses = number(indicators.getLast(), "id");
        assertEquals("COUNT", indicators.getLast().get("valueType"));

        Map<String, Object> form = succeeded(reporter.get("/api/figures?unitId=" + commune + "&kind=YEAR&year=2023")).object();
        assertEquals("Năm 2023", form.get("periodLabel"));
        assertEquals(false, form.get("locked"));
        Map<Long, Map<String, Object>> read = objects(form, "figures").stream()
                .collect(Collectors.toMap(figure -> number(figure, "indicatorId"), figure -> figure));
        long version = number(read.get(households), "version");
        Long housesVersion = read.containsKey(houses) ? number(read.get(houses), "version") : null;

        Response invalid = reporter.call("POST", "/api/figures", batch(households, commune, "600", "500", version, houses, "-1", housesVersion));
        assertEquals(422, invalid.status(), invalid.body());
        assertEquals(List.of("figures[1].numerator", "figures[2].value"), fields(invalid));
        Map<String, Object> unchanged = succeeded(reporter.get("/api/figures?unitId=" + commune + "&kind=YEAR&year=2023")).object();
        assertEquals(version, number(objects(unchanged, "figures").stream()
                .filter(figure -> number(figure, "indicatorId") == households).findFirst().orElseThrow(), "version"));

        Response saved = reporter.call("POST", "/api/figures", batch(households, commune, "450", "500", version, houses, "9", housesVersion));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(0, new BigDecimal("90").compareTo(new BigDecimal(saved.list().getFirst().get("value").toString())),
                "the percentage is computed from the numerator and the denominator");

        Response stale = reporter.call("POST", "/api/figures", batch(households, commune, "460", "500", version, houses, "10", housesVersion));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("figure.changed-by-someone-else", stale.object().get("code"));
    }

    @Test
    void theReporterStaysInScopeAndOnlyOfficersDefineIndicators() {
        Client reporter = app.as("banbo.baocao");
        Map<String, Object> households = households(reporter);
        long district = number(succeeded(app.as("tamduong.lanhdao").get("/api/units")).list().getFirst(), "id");
        Response outside = reporter.get("/api/indicators/" + number(households, "id") + "/roll-up?unitId=" + district + "&kind=YEAR&year=2024");
        assertEquals(404, outside.status(), outside.body());
        Response figures = reporter.get("/api/figures?unitId=" + district + "&kind=YEAR&year=2024");
        assertEquals(404, figures.status(), figures.body());

        String definition = """
                {"code": "TV01", "name": "Số thư viện xã", "valueType": "COUNT", "aggregation": "LATEST",
                 "periodKinds": ["YEAR"], "unitKinds": ["COMMUNE"], "source": "MANUAL"}""";
        assertEquals(403, reporter.call("POST", "/api/indicators", definition).status());

        Client officer = app.as("tamduong.tuyengiao");
        Response empty = officer.call("POST", "/api/indicators", "{\"valueType\": \"PERCENTAGE\", \"aggregation\": \"SUM\"}");
        assertEquals(422, empty.status(), empty.body());
        assertTrue(fields(empty).containsAll(List.of("code", "name", "aggregation", "periodKinds", "unitKinds", "source")),
                fields(empty).toString());
        Response created = officer.call("POST", "/api/indicators", definition);
        assertEquals(201, created.status(), created.body());
        long id = number(created.object(), "id");
        String change = definition.replace("Số thư viện xã", "Số thư viện, tủ sách xã").replace("}", ", \"version\": %d}");
        Response renamed = officer.call("PUT", "/api/indicators/" + id, change.formatted(number(created.object(), "version")));
        assertEquals(200, renamed.status(), renamed.body());
        Response stale = officer.call("PUT", "/api/indicators/" + id, change.formatted(number(created.object(), "version")));
        assertEquals(409, stale.status(), stale.body());

        Response target = officer.call("POST", "/api/indicators/" + id + "/targets", """
                {"unitId": %d, "year": 2025, "value": 12, "baselineYear": 2020, "baselineValue": 4,
                 "milestones": [{"year": 2023, "value": 8}]}""".formatted(district));
        assertEquals(201, target.status(), target.body());
        assertEquals(1, objects(target.object(), "milestones").size());
    }

    private static String batch(long households, long unit, String numerator, String denominator, long version, long houses,
                                String count, Long housesVersion) {
        return """
                {"source": "MANUAL", "figures": [
                 {"row": 1, "indicatorId": %d, "unitId": %d, "period": {"kind": "YEAR", "year": 2023, "index": 1},
                  "numerator": %s, "denominator": %s, "version": %d},
                 {"row": 2, "indicatorId": %d, "unitId": %d, "period": {"kind": "YEAR", "year": 2023, "index": 1},
                  "value": %s, "version": %s}]}""".formatted(households, unit, numerator, denominator, version, houses, unit, count,
                housesVersion);
    }

    private static Map<String, Object> households(Client client) {
        return succeeded(client.get("/api/indicators")).list().stream().filter(indicator -> indicator.get("name").toString()
                .contains("hộ gia đình")).findFirst().orElseThrow();
    }

    private static Response succeeded(Response response) {
        assertEquals(200, response.status(), response.body());
        return response;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> object, String key) {
        return (List<Map<String, Object>>) object.get(key);
    }

}
