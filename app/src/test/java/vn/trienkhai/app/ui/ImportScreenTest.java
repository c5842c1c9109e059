package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.document.DocumentView;
import vn.trienkhai.app.ui.document.ImportView;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.unit.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Nhập kế hoạch" on the server side: the unit names mapped as the server would, refusals marked on their fields. */
class ImportScreenTest extends WorkspaceUiTest {

    /** Numbered and dated like the registered 102-KH/HU: saving it is refused as a duplicate on the number. */
    private static final String DUPLICATE = """
            Số 102 - KH/HU
            Tam Đường, ngày 26 tháng 01 năm 2022
            KẾ HOẠCH
            tuyên truyền kỷ niệm ngày thành lập huyện
            III. TỔ CHỨC THỰC HIỆN
            1. Ban Tuyên giáo Huyện ủy chủ trì tổ chức thực hiện, xong trong tháng 9/2023.
            """;

    @Test
    void eachNameOfTheSeedPlanShowsTheUnitTheServerSuggestsOrSaysItMatchedNone() {
        read(seed("002_8116868c8bd2955c.txt"));
        Map<String, ComboBox<Unit>> boxes = mappingBoxes();
        ComboBox<Unit> suggested = boxes.get("Ban Tuyên giáo Huyện ủy");
        assertEquals("Ban Tuyên giáo Huyện ủy", suggested.getValue().name());
        assertTrue(blank(suggested.getHelperText()), "a matched name needs no marker: " + suggested.getHelperText());
        assertTrue(boxes.containsKey("Ban Tuyên giáo Tỉnh ủy"), "recipients are mapped too: " + boxes.keySet());
        ComboBox<Unit> unmatched = boxes.get("Ban Tuyên giáo Tỉnh ủy");
        assertNull(unmatched.getValue(), "the province's department is neither in scope nor the district's");
        assertFalse(blank(unmatched.getHelperText()), "no marker on an unmatched name");
        assertFalse(blank(unmatched.getPlaceholder()));

        suggested.clear();
        assertTrue(suggested.getHelperText().contains("Ban Tuyên giáo Huyện ủy"),
                "an emptied box says the server still assigns the suggestion: " + suggested.getHelperText());
    }

    @Test
    void everyTaskOfTheSeedPlanHasItsOwnTextBox() {
        read(seed("000_907cd9c85062945f.txt"));
        Grid<?> tasks = _get(Grid.class, spec -> spec.withId("import-tasks"));
        assertEquals(10, GridKt._size(tasks));
        Component first = GridKt._getCellComponent(tasks, 0, "task");
        assertTrue(_get(first, TextArea.class).getValue().startsWith("Tổ chức quán triệt"), _get(first, TextArea.class).getValue());
        assertTrue(_get(first, Checkbox.class).getValue(), "a task is kept unless left out");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCorrectedTaskIsSavedAsCorrectedAndALeftOutOneNotAtAll() {
        read("""
                Số 11 - KH/HU
                Tam Đường, ngày 02 tháng 5 năm 2023
                KẾ HOẠCH
                tuyên truyền kỷ niệm ngày thành lập huyện
                III. TỔ CHỨC THỰC HIỆN
                1. Ban Tuyên giáo Huyện ủy chủ trì tổ chức mít tinh, xong trong tháng 9/2023.
                2. Văn phòng Huyện ủy bảo đảm kinh phí.
                """);
        Grid<?> tasks = _get(Grid.class, spec -> spec.withId("import-tasks"));
        assertEquals(2, GridKt._size(tasks));
        _get(GridKt._getCellComponent(tasks, 0, "task"), TextArea.class).setValue("Tổ chức mít tinh kỷ niệm.");
        _get(GridKt._getCellComponent(tasks, 1, "task"), Checkbox.class).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("import-save")));

        Grid<Task> saved = _get(Grid.class, spec -> spec.withId("document-tasks"));
        assertEquals(List.of("Tổ chức mít tinh kỷ niệm."),
                IntStream.range(0, GridKt._size(saved)).mapToObj(row -> GridKt._get(saved, row).text()).toList());
    }

    @Test
    void aDuplicateNumberIsRefusedOnTheNumberFieldUntilItIsChanged() {
        read(DUPLICATE);
        _click(_get(Button.class, spec -> spec.withId("import-save")));
        TextField number = _get(TextField.class, spec -> spec.withId("import-symbol"));
        assertTrue(number.isInvalid(), "the number field is not marked");
        assertTrue(number.getErrorMessage().contains("102-KH/HU"), number.getErrorMessage());
        assertTrue(_find(DocumentView.class).isEmpty(), "nothing is saved");

        number.setValue("103-KH/HU");
        assertFalse(number.isInvalid(), "a corrected number keeps its mark");
    }

    private static void read(String text) {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(ImportView.class);
        _get(TextArea.class, spec -> spec.withId("import-text")).setValue(text);
        _click(_get(Button.class, spec -> spec.withId("import-read")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ComboBox<Unit>> mappingBoxes() {
        Grid<String> grid = _get(Grid.class, spec -> spec.withId("import-units"));
        List<Component> cells = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getCellComponent(grid, row, "mapping")).toList();
        return cells.stream().map(cell -> (ComboBox<Unit>) _get(cell, ComboBox.class))
                .collect(Collectors.toMap(box -> box.getElement().getAttribute("data-name"), Function.identity()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String seed(String file) {
        try (InputStream in = ImportScreenTest.class.getResourceAsStream("/demo/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
