package vn.trienkhai.modules.ideology;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.CloseRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentAction;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Platform;
import vn.trienkhai.modules.ideology.IdeologyModel.Synthesis;
import vn.trienkhai.modules.ideology.IdeologyModel.SynthesisLine;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The province's synthesis has a line per district counting its communes, lines that add up to the total; a hot spot
 * raised in one month and closed in the next is open at the end of the first and settled in the second.
 */
@MicronautTest(transactional = false)
class OpinionSynthesisTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject OpinionReports reports;
    @Inject FalseInformation incidents;
    @Inject OpinionSynthesis synthesis;

    private TestOrganisation org;
    private Actor province;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        modules.setEnabled(admin, IdeologyModule.ID, true);
        province = org.signedIn(Role.OFFICER, units.get(admin, org.organisation.rootUnitId()));
        OpinionReport tense = report(org.communeA, LocalDate.of(2025, 5, 6), Mood.TENSE);
        reports.close(province, tense.id(), new CloseRequest("Đã đối thoại, phân định ranh giới", LocalDate.of(2025, 6, 3), tense.version()));
        report(org.districtA, LocalDate.of(2025, 5, 20), Mood.NEGATIVE);
        report(org.communeB, LocalDate.of(2025, 5, 28), Mood.POSITIVE);
        incidents.save(province, null, new IncidentRequest(org.communeB.id(), LocalDate.of(2025, 5, 9), Platform.TIKTOK,
                "https://tiktok.com/@x/video/1", "Tin giả về sạt lở", 500, IncidentAction.REMOVED, "Tổ 35 huyện B", LocalDate.of(2025, 6, 2),
                null));
    }

    @Test
    void theLinesPerDistrictAddUpAndAHotSpotIsOpenUntilTheMonthItCloses() {
        Synthesis may = synthesis.of(province, org.organisation.rootUnitId(), Period.month(2025, 5));
        assertEquals(List.of("Huyện ủy A", "Huyện ủy B"), may.lines().stream().map(SynthesisLine::unitName).toList());
        SynthesisLine districtA = may.lines().getFirst();
        assertEquals(List.of(2, 1, 1, 1, 0), List.of(districtA.reports(), districtA.tense(), districtA.negative(), districtA.openHotSpots(),
                districtA.hotSpotsClosed()));
        assertEquals(List.of(3, 1, 1, 0), List.of(may.total().reports(), may.total().positive(), may.total().incidentsFound(),
                may.total().incidentsHandled()));
        assertEquals(List.of(LocalDate.of(2025, 5, 6)), may.hotSpotsRaised().stream().map(OpinionReport::reportDate).toList());

        Synthesis june = synthesis.of(province, org.organisation.rootUnitId(), "2025-M06");
        assertEquals(List.of(0, 1, 0, 1), List.of(june.total().reports(), june.total().hotSpotsClosed(), june.total().openHotSpots(),
                june.total().incidentsHandled()));
        assertEquals(3, synthesis.of(province, org.organisation.rootUnitId(), "Quý II/2025").total().reports());
    }

    @Test
    void aDistrictSeesItsOwnSynthesisOnlyAndAPeriodMustBeAMonthOrQuarter() {
        Actor districtB = org.signedIn(Role.OFFICER, org.districtB);
        Synthesis own = synthesis.of(districtB, org.districtB.id(), Period.quarter(2025, 2));
        assertEquals(List.of("Xã B"), own.lines().stream().map(SynthesisLine::unitName).toList());
        assertEquals(1, own.total().reports());
        assertThrows(NotFoundException.class, () -> synthesis.of(districtB, org.districtA.id(), Period.quarter(2025, 2)));
        InvalidRequestException year = assertThrows(InvalidRequestException.class, () -> synthesis.of(districtB, org.districtB.id(), "2025"));
        assertEquals(List.of("period"), year.fieldErrors().stream().map(FieldError::field).toList());
    }

    private OpinionReport report(Unit unit, LocalDate day, Mood mood) {
        return reports.save(province, null, new OpinionRequest(unit.id(), day, "Tranh chấp đất sản xuất", "Người dân phản ánh", mood, null,
                mood == Mood.TENSE ? "Đối thoại" : null, mood == Mood.TENSE ? "Đ/c Trưởng Ban Dân vận" : null, null, null));
    }
}
