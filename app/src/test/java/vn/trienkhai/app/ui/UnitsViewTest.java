package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.unit.UnitsView;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.workbench.kit.FormDialog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitsViewTest extends WorkspaceUiTest {

    @Test
    void theTreeShowsTheDemoOrganisation() {
        signIn("laichau.admin");
        UI.getCurrent().navigate(UnitsView.class);
        List<String> names = rowNames();
        assertEquals("Tỉnh ủy Lai Châu", names.getFirst());
        assertTrue(names.contains("Huyện ủy Tam Đường"), names.toString());
    }

    @Test
    void searchIgnoresDiacriticsAndKeepsTheMatchInItsPlace() {
        signIn("laichau.admin");
        UI.getCurrent().navigate(UnitsView.class);
        _get(TextField.class, spec -> spec.withId("unit-search")).setValue("ban bo");
        assertEquals(List.of("Tỉnh ủy Lai Châu", "Huyện ủy Tam Đường", "Xã Bản Bo"), rowNames());
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        signIn("laichau.admin");
        UI.getCurrent().navigate(UnitsView.class);
        TextField search = _get(TextField.class, spec -> spec.withId("unit-search"));
        search.setValue("không có đơn vị này");
        assertEquals(List.of(), rowNames());
        assertEquals("Không tìm thấy đơn vị nào khớp với “không có đơn vị này”. Hãy thử từ khác hoặc xóa ô tìm kiếm.",
                _get(TreeGrid.class).getEmptyStateText());
        search.clear();
        assertEquals(null, _get(TreeGrid.class).getEmptyStateText());
    }

    @Test
    void aNewUnitIsValidatedAndThenSaved() {
        signIn("laichau.admin");
        UI.getCurrent().navigate(UnitsView.class);
        _click(_get(Button.class, spec -> spec.withId("unit-create")));
        FormDialog dialog = _get(FormDialog.class, spec -> spec.withId("unit-create-dialog"));
        TextField code = _get(dialog, TextField.class, spec -> spec.withLabel("Mã"));
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Tên đơn vị"));
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = _get(dialog, Select.class, spec -> spec.withLabel("Loại"));
        kind.setValue(UnitKind.DEPARTMENT);
        code.setValue("BTGTU");
        name.setValue("Ban Tuyên giáo 2");
        _click(dialog.confirmButton());
        assertTrue(code.isInvalid(), "the code is taken by a sibling");
        assertTrue(code.getErrorMessage().startsWith("Mã BTGTU đã có"), code.getErrorMessage());

        code.setValue("BNCTU");
        name.setValue("Ban Nội chính Tỉnh ủy");
        _click(dialog.confirmButton());
        _assertNone(FormDialog.class);
        assertTrue(rowNames().contains("Ban Nội chính Tỉnh ủy"));
    }

    @Test
    void aReporterSeesTheirOwnUnitOnlyAndCannotChangeIt() {
        signIn("banbo.baocao");
        UI.getCurrent().navigate(UnitsView.class);
        // the commune and the villages the culture module's demo adds below it
        assertEquals(List.of("Xã Bản Bo", "Bản Nà Bỏ", "Bản Nà Đon", "Bản Nà Khum", "Bản Phiêng Phát"), rowNames());
        _assertNone(Button.class, spec -> spec.withId("unit-create"));
        _assertNone(Button.class, spec -> spec.withId("unit-merge"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedMergeMarksEveryInvalidField() {
        signIn("laichau.admin");
        UI.getCurrent().navigate(UnitsView.class);
        _click(_get(Button.class, spec -> spec.withId("unit-merge")));
        FormDialog dialog = _get(FormDialog.class, spec -> spec.withId("unit-merge-dialog"));
        MultiSelectComboBox<Unit> merged = _get(dialog, MultiSelectComboBox.class);
        ComboBox<Unit> parent = _get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị cấp trên"));
        Select<UnitKind> kind = _get(dialog, Select.class);
        merged.clear();
        parent.clear();
        kind.clear();
        _click(dialog.confirmButton());
        List<HasValidation> fields = new ArrayList<>(List.<HasValidation>of(merged, parent, kind));
        fields.addAll(_find(dialog, TextField.class));
        assertEquals(5, fields.size(), "units, parent, kind, code and name");
        assertEveryFieldMarked(fields);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedSplitMarksEveryInvalidFieldOfEveryNewUnit() {
        signIn("laichau.admin");
        UI.getCurrent().navigate(UnitsView.class);
        _get(TextField.class, spec -> spec.withId("unit-search")).setValue("ban bo");
        TreeGrid<Unit> tree = _get(TreeGrid.class, spec -> spec.withId("unit-tree"));
        tree.select(IntStream.range(0, GridKt._size(tree)).mapToObj(row -> GridKt._get(tree, row))
                .filter(unit -> unit.name().equals("Xã Bản Bo")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("unit-split")));
        FormDialog dialog = _get(FormDialog.class, spec -> spec.withId("unit-split-dialog"));
        List<Select<UnitKind>> kinds = _find(dialog, Select.class, spec -> spec.withLabel("Loại")).stream()
                .map(select -> (Select<UnitKind>) select).toList();
        kinds.forEach(Select::clear);
        _click(dialog.confirmButton());
        List<HasValidation> fields = new ArrayList<>(kinds);
        fields.addAll(_find(dialog, TextField.class));
        assertEquals(6, fields.size(), "kind, code and name of both new units");
        assertEveryFieldMarked(fields);
    }

    private static void assertEveryFieldMarked(List<HasValidation> fields) {
        _assertOne(FormDialog.class);
        for (HasValidation field : fields) {
            String label = ((HasLabel) field).getLabel();
            assertTrue(field.isInvalid(), label + " is not marked");
            assertFalse(field.getErrorMessage() == null || field.getErrorMessage().isBlank(), label + " has no message");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowNames() {
        TreeGrid<Unit> tree = _get(TreeGrid.class, spec -> spec.withId("unit-tree"));
        return IntStream.range(0, GridKt._size(tree)).mapToObj(row -> GridKt._get(tree, row).name()).toList();
    }
}
