package vn.trienkhai.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.admin.AccountsView;
import vn.trienkhai.app.ui.admin.AuditView;
import vn.trienkhai.app.ui.unit.UnitsView;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.audit.AuditEntry;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.modules.fixture.FixtureNotesView;
import vn.trienkhai.workbench.WorkspaceSession;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShellTest extends WorkspaceUiTest {

    @Test
    void withoutSigningInEveryRouteShowsTheSignInPage() {
        UI.getCurrent().navigate(UnitsView.class);
        _assertOne(LoginForm.class);
        _assertNone(UnitsView.class);
        UI.getCurrent().navigate(AccountsView.class);
        _assertOne(LoginView.class);
    }

    @Test
    void aWrongPasswordKeepsTheSignInPageWithAnError() {
        UI.getCurrent().navigate(LoginView.class);
        com.github.mvysny.kaributesting.v10.LoginFormKt._login(_get(LoginForm.class), "laichau.admin", "sai");
        assertEquals(true, _get(LoginForm.class).isError());
        assertFalse(WorkspaceSession.signedIn().isPresent());
    }

    @Test
    void theNavigationHasTheCoreAreasTheEnabledModulesAndTheAdministration() {
        signIn("laichau.admin");
        _assertOne(HomeView.class);
        assertEquals(List.of("Tổng quan", "Văn bản", "Việc của tôi", "Việc của đơn vị", "Theo dõi, đôn đốc", "Chỉ tiêu", "Báo cáo định kỳ", "Đơn vị",
                "Văn hóa cơ sở", "Phân hệ thử nghiệm", "Công tác tư tưởng", "Học tập lý luận chính trị", "Quản trị"),
                navigationLabels());
        assertEquals("Tỉnh ủy Lai Châu", _get(Span.class, spec -> spec.withId("organisation-name")).getText());
        _assertOne(Span.class, spec -> spec.withId("fixture-card"));
    }

    @Test
    void aReporterHasNoAdministrationAndCannotTypeItsAddress() {
        signIn("banbo.baocao");
        assertFalse(navigationLabels().contains("Quản trị"));
        UI.getCurrent().navigate(AccountsView.class);
        _assertNone(AccountsView.class);
        _assertOne(NotFoundView.class);
    }

    @Test
    void aDisabledModuleIsNotFoundEvenByItsTypedAddress() {
        signIn("laichau.admin");
        Actor admin = WorkspaceSession.actor();
        ModuleEnablement enablement = context.getBean(ModuleEnablement.class);
        UI.getCurrent().navigate("fixture/notes");
        _assertOne(FixtureNotesView.class);

        enablement.setEnabled(admin, "fixture", false);
        try {
            UI.getCurrent().navigate(HomeView.class);
            UI.getCurrent().navigate("fixture/notes");
            _assertNone(FixtureNotesView.class);
            _assertOne(NotFoundView.class);
            assertFalse(navigationLabels().contains("Phân hệ thử nghiệm"));
        } finally {
            enablement.setEnabled(admin, "fixture", true);
        }
    }

    private static List<String> navigationLabels() {
        return _get(SideNav.class, spec -> spec.withId("workspace-navigation")).getItems().stream()
                .map(SideNavItem::getLabel).toList();
    }

    @Test
    void theAuditLogNamesFieldsAndValuesInVietnamese() {
        signIn("laichau.admin");
        UI.getCurrent().navigate(AuditView.class);
        // the demo's task progress is newer than its documents: look at the documents' entries
        _get(Select.class, spec -> spec.withId("audit-entity")).setValue("document");
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<String> changes = IntStream.range(0, Math.min(GridKt._size(grid), 50))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(4)).toList();
        assertTrue(changes.stream().anyMatch(text -> text.contains("Loại: ∅ → Kế hoạch") && text.contains("Trạng thái: ∅ → Đã ban hành")),
                "a registered plan's kind and status by their names");
        assertTrue(changes.stream().noneMatch(text -> text.contains("ISSUED") || text.contains("issuedOn") || text.contains("changedAt")
                || text.contains("leadUnitName")), "no field or constant by its code");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAuditedEntityTheDemoRecordsHasAVietnameseName() throws Exception {
        signIn("laichau.admin");
        UI.getCurrent().navigate(AuditView.class);
        Select<String> entity = _get(Select.class, spec -> spec.withId("audit-entity"));
        List<String> offered = entity.getListDataView().getItems().filter(type -> !type.isEmpty()).toList();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)).getConnection();
             ResultSet recorded = connection.createStatement().executeQuery("SELECT DISTINCT entity_type FROM audit_entry")) {
            while (recorded.next()) {
                assertTrue(offered.contains(recorded.getString(1)), recorded.getString(1) + " can be chosen in the filter");
            }
        }
        assertTrue(offered.stream().noneMatch(type -> entity.getItemLabelGenerator().apply(type).equals(type)),
                "every entity type by its Vietnamese name");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditLogNamesATasksDeadlineTypeStatusAndRecurrenceInVietnamese() {
        signIn("laichau.admin");
        UI.getCurrent().navigate(AuditView.class);
        _get(Select.class, spec -> spec.withLabel("Đối tượng")).setValue("task");
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<String> changes = IntStream.range(0, Math.min(GridKt._size(grid), 200))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(4)).toList();
        assertFalse(changes.isEmpty(), "the seeded plans recorded their tasks");
        assertTrue(changes.stream().allMatch(text -> text.contains("Trạng thái: ∅ → Chưa thực hiện")), "a new task's status by its name");
        assertTrue(changes.stream().anyMatch(text -> text.contains("Loại thời hạn: ∅ → Trong tháng")), "a deadline type by its name");
        assertTrue(changes.stream().anyMatch(text -> text.contains("Định kỳ: ∅ → Hằng")), "a recurrence by its name");
        Pattern code = Pattern.compile("→ (" + Stream.of(DeadlineType.values(), TaskStatus.values(), Recurrence.values())
                .flatMap(Arrays::stream).map(Enum::name).collect(Collectors.joining("|")) + ")\\b");
        assertTrue(changes.stream().noneMatch(text -> code.matcher(text).find()), "no task value by its code");

        _get(Select.class, spec -> spec.withLabel("Đối tượng")).setValue("target");
        List<String> targets = IntStream.range(0, Math.min(GridKt._size(grid), 50))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(4)).toList();
        assertTrue(targets.stream().anyMatch(text -> text.contains("Đơn vị tính: ∅ → Phần trăm")), "a target's unit by its name");
    }
}
