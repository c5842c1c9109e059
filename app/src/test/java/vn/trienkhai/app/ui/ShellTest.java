package vn.trienkhai.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.modules.fixture.FixtureNotesView;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShellTest extends WorkspaceUiTest {

    @Test
    void theNavigationHasTheCoreAreasAndTheEnabledModules() {
        UI.getCurrent().navigate(HomeView.class);
        List<String> labels = navigationLabels();
        assertEquals(List.of("Tổng quan", "Văn bản", "Nhiệm vụ", "Chỉ tiêu", "Đơn vị", "Phân hệ thử nghiệm", "Quản trị phân hệ"), labels);
        assertEquals("Tỉnh ủy Lai Châu", _get(Select.class, spec -> spec.withId("organisation-select")).getValue() instanceof Organisation o ? o.name() : null);
        _assertOne(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("fixture-card"));
    }

    @Test
    void aDisabledModuleIsNotFoundEvenByItsTypedAddress() {
        Organisation laiChau = context.getBean(OrganisationService.class).findByCode("laichau").orElseThrow();
        ModuleEnablement enablement = context.getBean(ModuleEnablement.class);
        UI.getCurrent().navigate("fixture/notes");
        _assertOne(FixtureNotesView.class);

        enablement.setEnabled(laiChau.id(), "fixture", false);
        try {
            UI.getCurrent().navigate(HomeView.class);
            UI.getCurrent().navigate("fixture/notes");
            _assertNone(FixtureNotesView.class);
            _assertOne(NotFoundView.class);
            assertTrue(!navigationLabels().contains("Phân hệ thử nghiệm"));
        } finally {
            enablement.setEnabled(laiChau.id(), "fixture", true);
        }
    }

    private static List<String> navigationLabels() {
        return _get(SideNav.class, spec -> spec.withId("workspace-navigation")).getItems().stream()
                .map(SideNavItem::getLabel).toList();
    }
}
