package vn.trienkhai.modules.ideology;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPointRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioStatus;
import vn.trienkhai.modules.ideology.IdeologyModel.Repair;
import vn.trienkhai.modules.ideology.IdeologyModel.RepairRequest;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The district sees which villages' loudspeakers are down; a repair joins the history and sets the state. */
@MicronautTest(transactional = false)
class GrassrootsRadioTest extends PostgresTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 2);

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject GrassrootsRadio radio;

    private TestOrganisation org;
    private Actor officer;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        modules.setEnabled(TestActors.administrator(org.organisation), IdeologyModule.ID, true);
        officer = org.signedIn(Role.OFFICER, org.districtA);
    }

    @Test
    void theDistrictSeesWhichVillagesAreDownAndARepairSetsTheState() {
        RadioPoint station = radio.save(officer, null, new RadioPointRequest(org.communeA.id(), RadioKind.STATION, "ignored",
                RadioStatus.WORKING, DAY, null, null));
        assertEquals("", station.village());
        RadioPoint naBe = radio.save(officer, null, cluster("Bản Nà Bè", RadioStatus.BROKEN));
        radio.save(officer, null, cluster("Bản Cốc Phát", RadioStatus.WORKING));
        assertEquals(List.of("Bản Nà Bè"), radio.down(officer).stream().map(RadioPoint::village).toList());

        InvalidRequestException twice = assertThrows(InvalidRequestException.class,
                () -> radio.save(officer, null, cluster("Bản Nà Bè", RadioStatus.WORKING)));
        assertEquals(List.of("village"), twice.fieldErrors().stream().map(FieldError::field).toList());
        InvalidRequestException noVillage = assertThrows(InvalidRequestException.class,
                () -> radio.save(officer, null, cluster(" ", null)));
        assertEquals(List.of("village", "status"), noVillage.fieldErrors().stream().map(FieldError::field).toList());
        InvalidRequestException district = assertThrows(InvalidRequestException.class, () -> radio.save(officer, null,
                new RadioPointRequest(org.districtA.id(), RadioKind.STATION, null, RadioStatus.WORKING, DAY, null, null)));
        assertEquals(List.of("communeId"), district.fieldErrors().stream().map(FieldError::field).toList());

        RadioPoint repaired = radio.recordRepair(officer, naBe.id(), new RepairRequest(DAY.plusDays(3), "Thay bộ khuếch đại",
                RadioStatus.WORKING, naBe.version()));
        assertEquals(RadioStatus.WORKING, repaired.status());
        assertEquals(DAY.plusDays(3), repaired.lastChecked());
        assertTrue(radio.down(officer).isEmpty());
        assertThrows(ConflictException.class, () -> radio.recordRepair(officer, naBe.id(), new RepairRequest(DAY.plusDays(4), "Kiểm tra",
                RadioStatus.BROKEN, naBe.version())));
        // a repair of an earlier day joins the history but leaves the later state
        RadioPoint late = radio.recordRepair(officer, naBe.id(), new RepairRequest(DAY.plusDays(1), "Kiểm tra, phát hiện hỏng",
                RadioStatus.BROKEN, repaired.version()));
        assertEquals(RadioStatus.WORKING, late.status());
        assertEquals(List.of(DAY.plusDays(3), DAY.plusDays(1)), radio.repairs(officer, naBe.id()).stream().map(Repair::repairedOn).toList());

        Actor otherDistrict = org.signedIn(Role.OFFICER, org.districtB);
        assertTrue(radio.list(otherDistrict).isEmpty());
        assertThrows(NotFoundException.class, () -> radio.repairs(otherDistrict, naBe.id()));
        assertEquals(3, radio.ofUnit(officer, org.districtA.id()).size());
    }

    private RadioPointRequest cluster(String village, RadioStatus status) {
        return new RadioPointRequest(org.communeA.id(), RadioKind.CLUSTER, village, status, DAY, null, null);
    }
}
