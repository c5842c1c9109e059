package vn.trienkhai.modules.ideology;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Achievement;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.report.ReportSection.Table;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's Tam Đường: loudspeakers down in some villages, a hot spot open, and seed 002's radio targets in progress. */
@MicronautTest(transactional = false)
class IdeologyDemoDataTest extends PostgresTest {

    @Inject Authenticator authenticator;
    @Inject GrassrootsRadio radio;
    @Inject OpinionReports reports;
    @Inject IndicatorCatalogue catalogue;
    @Inject IndicatorTargets targets;
    @Inject IdeologyReportSection section;
    @Inject Clock clock;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.demo-data", "true");
    }

    @Test
    void theDistrictSeesItsDownLoudspeakersItsHotSpotAndTheRadioTargetsProgress() {
        Actor district = authenticator.signIn("tamduong.tuyengiao", "TrienKhai@2025", "127.0.0.1");
        assertEquals(50, radio.list(district).size());
        List<RadioPoint> down = radio.down(district);
        assertEquals(List.of("Xã Bản Bo – Bản Sì Thâu Chải", "Xã Hồ Thầu – ", "Xã Hồ Thầu – Bản Na Cương",
                "Xã Hồ Thầu – Bản Phiêng Phát", "Xã Nùng Nàng – Bản Nà Đon"), down.stream().map(point -> point.communeName() + " – " + point.village()).toList());

        List<OpinionReport> hotSpots = reports.openHotSpots(district);
        assertEquals(List.of("Xã Bản Bo"), hotSpots.stream().map(OpinionReport::unitName).toList());
        assertEquals(5, reports.list(district).size());

        Indicator stations = indicator(district, IdeologyIndicators.RADIO_STATIONS);
        Indicator clusters = indicator(district, IdeologyIndicators.VILLAGE_LOUDSPEAKERS);
        // one station of ten and four clusters of forty are down
        assertEquals(0, new BigDecimal("90").compareTo(progress(district, stations)));
        assertEquals(0, new BigDecimal("90").compareTo(progress(district, clusters)));
        assertTrue(catalogue.list(district).stream().filter(indicator -> indicator.name().contains("trạm truyền thanh"))
                .filter(indicator -> indicator != stations && !indicator.code().equals(stations.code())).noneMatch(Indicator::active));
        assertFalse(targets.targets(district, stations.id()).isEmpty());

        ReportSection written = section.sections(district, UnitPath.ids(district.scopePath()).getLast(),
                Period.year(LocalDate.now(clock).getYear())).getFirst();
        assertEquals("CÔNG TÁC TƯ TƯỞNG, DƯ LUẬN XÃ HỘI", written.heading());
        String radioLine = ((Paragraph) written.blocks().get(2)).text();
        assertEquals("Hiện có 9/10 xã, thị trấn có trạm truyền thanh hoạt động; 36/40 thôn, bản có cụm loa truyền thanh hoạt động.", radioLine);
        assertEquals(5, ((Table) written.blocks().get(3)).rows().size(), "the points down");
    }

    private Indicator indicator(Actor actor, String code) {
        return catalogue.list(actor).stream().filter(indicator -> indicator.code().equals(code)).findFirst().orElseThrow();
    }

    private BigDecimal progress(Actor actor, Indicator indicator) {
        Target target = targets.targets(actor, indicator.id()).getFirst();
        Achievement achievement = targets.achievement(actor, target.id(), target.year());
        return achievement.value();
    }
}
