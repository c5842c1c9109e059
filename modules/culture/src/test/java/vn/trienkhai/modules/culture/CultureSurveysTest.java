package vn.trienkhai.modules.culture;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.culture.indicator.CultureIndicators;
import vn.trienkhai.modules.culture.survey.CultureAccess;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneYear;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageSurvey;
import vn.trienkhai.modules.culture.survey.CultureRequests.CommuneSurveyRequest;
import vn.trienkhai.modules.culture.survey.CultureRequests.VillageSurveyRequest;
import vn.trienkhai.modules.culture.survey.CultureSurveys;
import vn.trienkhai.modules.culture.survey.CultureSchools;
import vn.trienkhai.modules.culture.survey.CultureModel.School;
import vn.trienkhai.modules.culture.survey.CultureRequests.SchoolRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The survey on PostgreSQL: its validation, who may fill it in, the commune's roll-up and the district's percentages. */
@MicronautTest(transactional = false)
class CultureSurveysTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject CultureSurveys surveys;
    @Inject CultureSchools schools;
    @Inject IndicatorCatalogue catalogue;
    @Inject FigureRollUp rollUp;

    TestOrganisation org;
    Actor admin;
    Unit banA;
    Unit banB;
    Unit banC;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        modules.setEnabled(admin, CultureModule.ID, true);
        banA = village(org.communeA, "Bản Nà Khum");
        banB = village(org.communeA, "Bản Hưng Phong");
        banC = village(org.communeB, "Bản Thẳm");
    }

    @Test
    void moreCulturalHouseholdsThanHouseholdsOrAStandardHouseThatDoesNotExistAreRefusedByField() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> surveys.saveVillage(admin,
                new VillageSurveyRequest(banA.id(), 2022, 80, 95, true, false, true, true, true, null)));
        assertEquals(List.of("culturalHouseholds", "houseStandard"), refused.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("Số hộ đạt chuẩn văn hóa không được lớn hơn tổng số hộ (80)", refused.fieldErrors().getFirst().message());
        InvalidRequestException missing = assertThrows(InvalidRequestException.class, () -> surveys.saveCommune(admin,
                new CommuneSurveyRequest(org.communeA.id(), 2022, true, true, true, 2, " ", 10, 12, false, null)));
        assertEquals(List.of("heritageArtForms", "culturalAgencies"), missing.fieldErrors().stream().map(FieldError::field).toList());
        InvalidRequestException batch = assertThrows(InvalidRequestException.class, () -> surveys.saveYear(admin, org.communeA.id(), 2022,
                null, List.of(new VillageSurveyRequest(banA.id(), 2022, 80, 70, true, true, true, true, true, null),
                        new VillageSurveyRequest(banB.id(), 2022, 10, 11, true, true, true, true, true, null))));
        assertEquals(List.of("villages[1].culturalHouseholds"), batch.fieldErrors().stream().map(FieldError::field).toList());
        CommuneYear year = surveys.communeYear(admin, org.communeA.id(), 2022);
        assertNull(year.survey());
        assertNull(year.villages().getFirst().survey());
    }

    @Test
    void aSchoolsRunningClubNeedsANameAndASchoolIsNamedOncePerCommune() {
        InvalidRequestException unnamed = assertThrows(InvalidRequestException.class, () -> schools.save(admin, null,
                new SchoolRequest(org.communeA.id(), "Trường Tiểu học Bản Bo", " ", true, null)));
        assertEquals(List.of("clubName"), unnamed.fieldErrors().stream().map(FieldError::field).toList());
        School saved = schools.save(admin, null, new SchoolRequest(org.communeA.id(), "Trường Tiểu học Bản Bo", "Câu lạc bộ xòe Thái",
                true, null));
        InvalidRequestException twice = assertThrows(InvalidRequestException.class, () -> schools.save(admin, null,
                new SchoolRequest(org.communeA.id(), "Trường Tiểu học Bản Bo", null, false, null)));
        assertEquals("culture.school.name.taken", twice.code());
        assertThrows(ConflictException.class, () -> schools.save(admin, saved.id(), new SchoolRequest(org.communeA.id(),
                saved.name(), null, false, saved.version() + 1)));
        assertThrows(NotFoundException.class, () -> schools.save(TestActors.at(org.districtB, Role.OFFICER), saved.id(),
                new SchoolRequest(org.communeB.id(), saved.name(), null, false, saved.version())));
        assertEquals(List.of("Trường Tiểu học Bản Bo"), schools.list(TestActors.at(org.districtA, Role.VIEWER)).stream().map(School::name).toList());
        assertEquals(List.of(), schools.list(TestActors.at(org.districtB, Role.VIEWER)));
    }

    @Test
    void onlyOfficersAdministratorsAndGrantedReportersInScopeFillItIn() {
        VillageSurveyRequest request = new VillageSurveyRequest(banA.id(), 2021, 60, 40, false, true, false, true, true, null);
        assertThrows(NotFoundException.class, () -> surveys.saveVillage(TestActors.at(org.districtB, Role.OFFICER), request));
        assertThrows(ForbiddenException.class, () -> surveys.saveVillage(TestActors.at(org.communeA, Role.REPORTER), request));
        assertThrows(ForbiddenException.class, () -> surveys.saveVillage(TestActors.at(org.districtA, Role.VIEWER), request));
        Actor granted = TestActors.at(org.communeA, Role.REPORTER);
        granted = new Actor(granted.accountId(), granted.login(), granted.organisationId(), granted.homeUnitId(), granted.scopePath(),
                granted.roles(), Set.of(CultureAccess.EDIT));
        VillageSurvey saved = surveys.saveVillage(granted, request);
        assertEquals(40, saved.culturalHouseholds());
        assertThrows(NotFoundException.class, () -> surveys.communeYear(TestActors.at(org.communeB, Role.VIEWER), org.communeA.id(), 2021));

        DomainException stale = assertThrows(ConflictException.class, () -> surveys.saveVillage(admin,
                new VillageSurveyRequest(banA.id(), 2021, 60, 45, false, true, false, true, true, saved.version() + 1)));
        assertEquals("culture.survey.changed-by-someone-else", stale.code());
        assertEquals(45, surveys.saveVillage(admin, new VillageSurveyRequest(banA.id(), 2021, 60, 45, false, true, false, true, true,
                saved.version())).culturalHouseholds());
    }

    @Test
    void theCommuneRollsUpItsVillagesAndTheDistrictsPercentageIsTheRatioOfTheirSums() {
        surveys.saveVillage(admin, new VillageSurveyRequest(banA.id(), 2024, 120, 110, true, true, true, true, true, null));
        surveys.saveVillage(admin, new VillageSurveyRequest(banB.id(), 2024, 30, 12, false, true, false, false, true, null));
        surveys.saveVillage(admin, new VillageSurveyRequest(banC.id(), 2024, 50, 40, true, false, false, true, false, null));

        CommuneYear year = surveys.communeYear(admin, org.communeA.id(), 2024);
        assertEquals(2, year.totals().villages());
        assertEquals(150, year.totals().households());
        assertEquals(122, year.totals().culturalHouseholds());
        assertEquals(1, year.totals().culturalVillages());
        assertEquals(2, year.totals().houses());
        assertEquals(1, year.totals().standardHouses());

        // 122 of 150 households, not the mean of 91.7% and 40%
        assertEquals(percent(122, 150), value(CultureIndicators.HOUSEHOLDS, org.districtA));
        assertEquals(percent(162, 200), value(CultureIndicators.HOUSEHOLDS, org.organisation.rootUnitId()));
        assertEquals(percent(1, 2), value(CultureIndicators.VILLAGE_HOUSES_STANDARD, org.districtA));
    }

    private BigDecimal value(String code, Unit unit) {
        return value(code, unit.id());
    }

    private BigDecimal value(String code, long unitId) {
        Indicator indicator = catalogue.list(admin).stream().filter(candidate -> candidate.code().equals(code)).findFirst().orElseThrow();
        return rollUp.rollUp(admin, indicator.id(), unitId, Period.year(2024), false).value().setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    private Unit village(Unit commune, String name) {
        return units.create(admin, new CreateUnitRequest(commune.id(), UnitKind.VILLAGE, "B" + Math.abs(name.hashCode() % 10000), name,
                TestOrganisation.START));
    }
}
