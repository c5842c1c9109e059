package vn.trienkhai.core.audit;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.ApiToken;
import vn.trienkhai.core.account.ApiTokens;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestModule;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.MergeUnitsRequest;
import vn.trienkhai.core.unit.UnitRequests.UpdateUnitRequest;
import vn.trienkhai.core.unit.UnitRestructuring;
import vn.trienkhai.core.unit.UnitService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of change appears in the audit log with who, what and the fields that changed; nobody can alter it. */
@MicronautTest(transactional = false)
class AuditTrailTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject UnitRestructuring restructuring;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ApiTokens tokens;
    @Inject ModuleEnablement modules;
    @Inject AuditLog log;
    @Inject DataSource dataSource;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.test.module", "on");
    }

    @Test
    void eachKindOfChangeIsRecordedWithItsFields() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = org.signedIn(Role.ORGANISATION_ADMIN, units.get(TestActors.administrator(org.organisation), org.organisation.rootUnitId()));
        Unit commune = units.get(admin, org.communeA.id());
        units.update(admin, commune.id(), new UpdateUnitRequest(commune.version(), commune.kind(), commune.code(), "Xã A mới", TestOrganisation.START));
        restructuring.merge(admin, new MergeUnitsRequest(List.of(org.communeA.id(), org.communeB.id()), org.districtA.id(),
                UnitKind.COMMUNE, "XAB", "Xã A-B", LocalDate.of(2025, 7, 1)));
        modules.setEnabled(admin, TestModule.ID, true);
        ApiToken token = tokens.createPersonal(admin, "tự động", LocalDate.now().plusDays(10));
        tokens.revoke(admin, token.id());

        List<AuditEntry> entries = log.search(admin, null, null, null, null, Pageable.from(0, 200)).getContent();
        AuditEntry rename = entries.stream().filter(entry -> entry.entityId() == commune.id() && entry.action() == AuditEntry.Action.UPDATE
                && entry.changes().stream().anyMatch(change -> change.field().equals("name"))).findFirst().orElseThrow();
        assertEquals(admin.login(), rename.login());
        assertTrue(rename.changes().contains(new AuditEntry.Change("name", "Xã A", "Xã A mới")), rename.changes().toString());
        assertTrue(entries.stream().anyMatch(entry -> entry.entityId() == org.communeB.id()
                && entry.changes().stream().anyMatch(change -> change.field().equals("validTo") && "2025-07-01".equals(change.newValue()))),
                "the merge ended the commune");
        assertTrue(entries.stream().anyMatch(entry -> "Xã A-B".equals(entry.summary()) && entry.action() == AuditEntry.Action.CREATE));
        assertTrue(entries.stream().anyMatch(entry -> entry.entityType().equals("organisation_module")));
        assertEquals(2, entries.stream().filter(entry -> entry.entityType().equals("api_token")).count(), "created and revoked");
        assertTrue(entries.stream().anyMatch(entry -> entry.entityType().equals("account") && entry.action() == AuditEntry.Action.CREATE));
        assertTrue(entries.stream().noneMatch(entry -> entry.changes().stream().anyMatch(change -> change.field().equals("passwordHash"))));
        assertEquals(0, log.search(admin, "khong-ai", null, null, null, Pageable.from(0, 10)).getTotalSize());
    }

    @Test
    void theDatabaseRefusesToAlterTheLog() throws SQLException {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            SQLException update = assertThrows(SQLException.class, () -> connection.createStatement()
                    .executeUpdate("UPDATE audit_entry SET login = 'ai đó' WHERE organisation_id = " + org.organisation.id()));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate("DELETE FROM audit_change"));
        }
    }
}
