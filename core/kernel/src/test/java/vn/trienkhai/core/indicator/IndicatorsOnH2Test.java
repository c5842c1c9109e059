package vn.trienkhai.core.indicator;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.RollUp;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The V9 schema, the roll-up SQL and the demo's indicators on the embedded H2 the default installation runs on. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsOnH2Test implements TestPropertyProvider {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject IndicatorCatalogue catalogue;
    @Inject FigureEntry entry;
    @Inject FigureRollUp rollUp;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa", "datasources.default.password", "", "datasources.default.dialect", "H2",
                "trienkhai.demo-data", "true");
    }

    @Test
    void theDemoSeedsItsIndicatorsOnH2() {
        Actor leader = authenticator.signIn("tamduong.lanhdao", "TrienKhai@2025", "test");
        Indicator households = catalogue.list(leader).stream().filter(indicator -> indicator.name().contains("hộ gia đình")).findFirst()
                .orElseThrow();
        assertEquals(1, rollUp.rollUp(leader, households.id(), leader.homeUnitId(), Period.year(2024), false).missing());
    }

    @Test
    void aRatioRollsUpWithItsMissingUnitsBySubUnitAndAsASeries() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        Indicator households = catalogue.define(admin, IndicatorFiguresTest.ratio("VH01"));
        entry.save(admin, new FigureBatch(List.of(
                new FigureInput(1, households.id(), org.communeA.id(), Period.quarter(2024, 1), null, new BigDecimal("90"), new BigDecimal("100"), null),
                new FigureInput(2, households.id(), org.communeA.id(), Period.quarter(2024, 2), null, new BigDecimal("95"), new BigDecimal("100"), null)),
                Source.MANUAL));
        long root = org.organisation.rootUnitId();
        RollUp quarter = rollUp.rollUp(admin, households.id(), root, Period.quarter(2024, 1), true);
        assertEquals(new BigDecimal("90.00"), quarter.value());
        assertEquals(List.of("Xã B"), quarter.missingUnits().stream().map(IndicatorModel.MissingUnit::name).toList());
        assertEquals(new BigDecimal("92.50"), rollUp.rollUp(admin, households.id(), root, Period.halfYear(2024, 1), false).value());
        assertEquals(2, rollUp.bySubUnit(admin, households.id(), root, Period.quarter(2024, 2)).size());
        assertEquals(4, rollUp.series(admin, households.id(), root, Period.quarter(2024, 1), Period.quarter(2024, 4)).size());
    }
}
