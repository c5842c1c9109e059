package vn.trienkhai.core.indicator;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestModule;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module's indicators join the catalogue when it is switched on, and its computed figures roll up (DD004). */
@MicronautTest(transactional = false)
class ModuleFiguresTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ModuleEnablement modules;
    @Inject IndicatorCatalogue catalogue;
    @Inject ModuleFigures moduleFigures;
    @Inject FigureRollUp rollUp;
    @Inject TestIndicatorSource source;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.test.module", "on");
    }

    @Test
    void aModulesIndicatorsFollowItsSwitchAndItsFiguresRollUp() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        assertTrue(catalogue.list(admin).isEmpty());
        modules.setEnabled(admin, TestModule.ID, true);
        Indicator radio = catalogue.list(admin).getFirst();
        assertEquals(TestIndicatorSource.CODE, radio.code());
        assertEquals(Source.MODULE, radio.source());

        source.figures.put(org.communeA.id(), new BigDecimal("3"));
        source.figures.put(org.communeB.id(), new BigDecimal("5"));
        assertEquals(2, moduleFigures.refresh(admin, radio.id(), Period.year(2025)));
        source.figures.put(org.communeB.id(), new BigDecimal("6"));
        assertEquals(2, moduleFigures.refresh(admin, radio.id(), Period.year(2025)));
        assertEquals(0, new BigDecimal("9").compareTo(rollUp.rollUp(admin, radio.id(), org.organisation.rootUnitId(), Period.year(2025), false).value()));

        modules.setEnabled(admin, TestModule.ID, false);
        assertFalse(catalogue.get(admin, radio.id()).active());
        modules.setEnabled(admin, TestModule.ID, true);
        assertTrue(catalogue.get(admin, radio.id()).active());
    }
}
