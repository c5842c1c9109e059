package vn.trienkhai.modules.theory;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.indicator.IndicatorSource.Computed;
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
import vn.trienkhai.modules.theory.TheoryModel.BookRequest;
import vn.trienkhai.modules.theory.TheoryModel.ClassRequest;
import vn.trienkhai.modules.theory.TheoryModel.CourseLevel;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlanRequest;
import vn.trienkhai.modules.theory.TheoryModel.FollowYear;
import vn.trienkhai.modules.theory.TheoryModel.Learners;
import vn.trienkhai.modules.theory.TheoryModel.TheoryClass;
import vn.trienkhai.modules.theory.TheoryModel.TopicRequest;
import vn.trienkhai.modules.theory.TheoryModel.UnitRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The province sets the year's topic; the district registers its plan and its commune does not, so the commune is
 * listed and the plans indicator shows it; a knowledge-update class measures the leading cadres updated.
 */
@MicronautTest(transactional = false)
class FollowPlansAndClassesTest extends PostgresTest {

    private static final int YEAR = 2025;

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject FollowPlans plans;
    @Inject PoliticalClasses classes;
    @Inject TheoryBooks books;
    @Inject TheoryIndicators indicators;

    private TestOrganisation org;
    private Actor province;
    private Actor district;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        modules.setEnabled(admin, TheoryModule.ID, true);
        province = org.signedIn(Role.OFFICER, units.get(admin, org.organisation.rootUnitId()));
        district = org.signedIn(Role.OFFICER, org.districtA);
    }

    @Test
    void aPartyBodyWithoutItsPlanIsListedAndCountedAgainst() {
        assertThrows(ForbiddenException.class, () -> plans.saveTopic(district, null, new TopicRequest(YEAR, "Chuyên đề năm", null)));
        plans.saveTopic(province, null, new TopicRequest(YEAR, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", null));
        InvalidRequestException twice = assertThrows(InvalidRequestException.class, () -> plans.saveTopic(province, null,
                new TopicRequest(YEAR, "Chuyên đề khác", null)));
        assertEquals(List.of("year"), fields(twice));

        plans.save(district, null, plan(org.districtA));
        assertEquals(List.of("year"), fields(assertThrows(InvalidRequestException.class, () -> plans.save(district, null, plan(org.districtA)))));
        Unit department = units.create(TestActors.administrator(org.organisation), new CreateUnitRequest(org.districtA.id(),
                UnitKind.DEPARTMENT, "BTG-A", "Ban Tuyên giáo Huyện ủy A", TestOrganisation.START));
        assertEquals(List.of("unitId"), fields(assertThrows(InvalidRequestException.class, () -> plans.save(district, null, plan(department)))));

        FollowYear year = plans.year(district, YEAR);
        assertEquals("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", year.topic().title());
        assertEquals(List.of("Huyện ủy A"), year.plans().stream().map(plan -> plan.unitName()).toList());
        assertEquals(List.of("Xã A"), year.withoutPlan().stream().map(UnitRef::name).toList());
        List<Computed> share = indicators.compute(org.organisation.id(), TheoryIndicators.FOLLOW_PLANS, Period.year(YEAR));
        assertEquals(BigDecimal.ONE, numerator(share, org.districtA));
        assertEquals(BigDecimal.ZERO, numerator(share, org.communeA));
    }

    @Test
    void aKnowledgeUpdateMeasuresTheLeadingCadresUpdatedAndTheClassesTheirGraduates() {
        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> classes.save(district, null, new ClassRequest(
                org.districtA.id(), CourseLevel.KNOWLEDGE_UPDATE, "Bồi dưỡng cập nhật kiến thức", LocalDate.of(YEAR, 5, 10),
                LocalDate.of(YEAR, 5, 6), List.of(new Learners(org.districtA.id(), null, 10, 11)), null)));
        assertEquals(List.of("endsOn", "learners[0].graduated"), fields(bad));

        TheoryClass update = classes.save(district, null, new ClassRequest(org.districtA.id(), CourseLevel.KNOWLEDGE_UPDATE,
                "Bồi dưỡng cập nhật kiến thức năm 2025", LocalDate.of(YEAR, 5, 6), LocalDate.of(YEAR, 5, 10),
                List.of(new Learners(org.districtA.id(), null, 30, 29), new Learners(org.communeA.id(), null, 8, 8)), null));
        assertEquals(List.of(38, 37), List.of(update.enrolled(), update.graduated()));
        classes.save(district, null, new ClassRequest(org.districtA.id(), CourseLevel.ELEMENTARY, "Sơ cấp lý luận chính trị khóa I",
                LocalDate.of(YEAR, 6, 2), LocalDate.of(YEAR, 8, 29), List.of(new Learners(org.communeA.id(), null, 12, 11)), null));

        List<Computed> updated = indicators.compute(org.organisation.id(), TheoryIndicators.LEADING_CADRES_UPDATED, Period.year(YEAR));
        assertEquals(BigDecimal.valueOf(29), numerator(updated, org.districtA));
        assertEquals(List.of(BigDecimal.valueOf(29 + 8 + 11), BigDecimal.ZERO), List.of(
                sum(indicators.compute(org.organisation.id(), TheoryIndicators.GRADUATES, Period.year(YEAR))),
                sum(indicators.compute(org.organisation.id(), TheoryIndicators.GRADUATES, Period.quarter(YEAR, 1)))));

        assertEquals(List.of("distributed"), fields(assertThrows(InvalidRequestException.class, () -> books.save(district, null,
                new BookRequest(org.districtA.id(), YEAR, "Hồ Chí Minh toàn tập", 10, 12, 1, null)))));
    }

    private FollowPlanRequest plan(Unit unit) {
        return new FollowPlanRequest(unit.id(), YEAR, LocalDate.of(YEAR, 4, 1), "Nêu gương, gần dân, trọng dân", 42, null);
    }

    private static BigDecimal numerator(List<Computed> figures, Unit unit) {
        return figures.stream().filter(figure -> figure.unitId() == unit.id()).findFirst().orElseThrow().numerator();
    }

    private static BigDecimal sum(List<Computed> figures) {
        return figures.stream().map(Computed::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> fields(InvalidRequestException refused) {
        return refused.fieldErrors().stream().map(FieldError::field).toList();
    }
}
