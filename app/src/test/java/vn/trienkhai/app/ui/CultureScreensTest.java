package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.workbench.WorkspaceSession;

import java.util.List;
import vn.trienkhai.core.unit.Unit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The culture module's screens on the demo: the commune's year with its villages, the schools, the dashboard card. */
class CultureScreensTest extends WorkspaceUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theDistrictOfficerCorrectsAVillageInTheCommunesGridAndTheTotalsFollow() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate("culture/survey");
        ComboBox<Unit> commune = _get(ComboBox.class, spec -> spec.withId("culture-commune"));
        commune.setValue(commune.getListDataView().getItems().filter(unit -> unit.name().equals("Xã Bản Bo")).findFirst().orElseThrow());
        assertEquals(2024, _get(ComboBox.class, spec -> spec.withId("culture-year")).getValue());
        Grid<Object> villages = _get(Grid.class, spec -> spec.withId("culture-villages"));
        assertEquals(4, GridKt._size(villages));
        IntegerField households = (IntegerField) GridKt._getCellComponent(villages, 0, "households");
        IntegerField cultural = (IntegerField) GridKt._getCellComponent(villages, 0, "cultural");

        cultural.setValue(households.getValue() + 5);
        _click(_get(Button.class, spec -> spec.withId("culture-save")));
        assertTrue(cultural.isInvalid(), "more cultural households than households is marked on the cell");
        assertTrue(cultural.getErrorMessage().startsWith("Số hộ đạt chuẩn văn hóa không được lớn hơn"));

        cultural.setValue(households.getValue());
        _click(_get(Button.class, spec -> spec.withId("culture-save")));
        String totals = _get(Paragraph.class, spec -> spec.withId("culture-totals")).getText();
        assertTrue(totals.startsWith("Đã nhập 4/4 thôn, bản"), totals);
        IntegerField saved = (IntegerField) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("culture-villages")), 0, "cultural");
        assertEquals(households.getValue(), saved.getValue());
    }

    @Test
    void switchedOffTheModuleHasNoMenuRouteOrCardAndSwitchedOnItIsBack() {
        signIn("laichau.admin");
        Actor admin = WorkspaceSession.actor();
        ModuleEnablement enablement = context.getBean(ModuleEnablement.class);
        enablement.setEnabled(admin, "culture", false);
        try {
            UI.getCurrent().navigate("culture/survey");
            _assertOne(NotFoundView.class);
            UI.getCurrent().navigate(HomeView.class);
            _assertNone(Div.class, spec -> spec.withId("culture-card"));
            assertFalse(navigation().contains("Văn hóa cơ sở"));
        } finally {
            enablement.setEnabled(admin, "culture", true);
        }
        UI.getCurrent().navigate("culture/schools");
        UI.getCurrent().navigate(HomeView.class);
        _assertOne(Div.class, spec -> spec.withId("culture-card"));
        assertTrue(navigation().contains("Văn hóa cơ sở"));
        UI.getCurrent().navigate("culture/survey");
        assertEquals(4, GridKt._size(_get(Grid.class, spec -> spec.withId("culture-villages"))));
    }

    private static List<String> navigation() {
        return _get(SideNav.class, spec -> spec.withId("workspace-navigation")).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void aViewerReadsTheSurveyButCannotSaveIt() {
        signIn("laichau.xem");
        UI.getCurrent().navigate("culture/survey");
        _assertNone(Button.class, spec -> spec.withId("culture-save"));
        IntegerField households = (IntegerField) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("culture-villages")), 0,
                "households");
        assertTrue(households.isReadOnly());
    }

    @Test
    void theSchoolsOfSeed002AndTheCardOfTheDistrictsTargets() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate("culture/schools");
        assertEquals(6, GridKt._size(_get(Grid.class, spec -> spec.withId("culture-school-grid"))));
        _assertNone(Button.class, spec -> spec.withId("culture-school-add"));
        UI.getCurrent().navigate(HomeView.class);
        String card = _get(Div.class, spec -> spec.withId("culture-card")).getElement().getTextRecursively();
        assertTrue(card.contains("Số liệu năm 2024 so với chỉ tiêu"), card);
        assertTrue(card.contains("Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa"), card);
        assertTrue(card.contains("Chậm tiến độ") && (card.contains("Đúng tiến độ") || card.contains("Đã đạt")), card);
    }
}
