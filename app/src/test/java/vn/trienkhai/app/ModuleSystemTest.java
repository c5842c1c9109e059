package vn.trienkhai.app;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.workbench.DomainModule;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module on the class path is installed, migrated in its own history, and enabled per organisation. */
@MicronautTest(transactional = false, startApplication = false)
class ModuleSystemTest extends PostgresTest {

    @Inject ModuleRegistry registry;
    @Inject List<DomainModule> domainModules;
    @Inject ModuleEnablement enablement;
    @Inject OrganisationService organisations;
    @Inject DataSource dataSource;

    @Test
    void theFixtureModuleIsDiscoveredAsAnInstalledModule() {
        assertTrue(registry.installed().stream().map(module -> module.id()).toList().contains("fixture"));
        assertEquals(registry.installed().size(), domainModules.size(), "every installed module contributes through one SPI bean");
    }

    @Test
    void eachOwnerMigratesInItsOwnHistoryTable() throws SQLException {
        List<String> core = versions("flyway_history_core");
        assertEquals(List.of("1", "1.1"), core.subList(0, 2), "the core's common and vendor migrations, in order");
        assertEquals(List.of("1"), versions("flyway_history_fixture"));
        assertEquals(List.of("1"), versions("flyway_history_culture"));
        assertEquals(List.of("1"), versions("flyway_history_theory"));
    }

    @Test
    void installedIsNotEnabled() {
        Organisation organisation = organisations.create(Actor.installation(), "mod-test", "Huyện ủy Phong Thổ", UnitKind.COMMITTEE, "HU", LocalDate.of(2020, 1, 1));
        Actor administrator = TestActors.administrator(organisation);
        assertFalse(enablement.isEnabled(organisation.id(), "fixture"));
        enablement.setEnabled(administrator, "fixture", true);
        assertEquals(Set.of("fixture"), enablement.enabledModules(organisation.id()));
        enablement.setEnabled(administrator, "fixture", false);
        assertTrue(enablement.enabledModules(organisation.id()).isEmpty());
    }

    private List<String> versions(String historyTable) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT version FROM " + historyTable + " WHERE success AND version <> '0' ORDER BY installed_rank")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }
}
