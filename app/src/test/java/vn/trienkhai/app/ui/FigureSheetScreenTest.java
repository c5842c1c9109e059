package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.indicator.sheet.FigureSheetView;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.FigureSheets.PreviewLine;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.DataSetRequest;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Nhập số liệu từ Excel": download the template, upload it filled, see the errors, fix them and save. */
class FigureSheetScreenTest extends WorkspaceUiTest {

    private static final Period YEAR = Period.year(2023);

    private Actor officer;
    private DataSet dataSet;

    @BeforeAll
    void dataSet() {
        officer = context.getBean(Authenticator.class).signIn("tamduong.tuyengiao", "TrienKhai@2025", "127.0.0.1");
        IndicatorCatalogue catalogue = context.getBean(IndicatorCatalogue.class);
        Indicator libraries = catalogue.define(officer, new IndicatorRequest("TV01", "Số tủ sách pháp luật", ValueType.COUNT, Aggregation.SUM,
                null, null, Set.of(PeriodKind.YEAR), Set.of(UnitKind.COMMUNE), Source.MANUAL, null, true, null));
        dataSet = catalogue.saveDataSet(officer, null, new DataSetRequest("Tủ sách pháp luật", List.of(libraries.id()), null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUploadWithAnErrorCannotBeSavedAndTheFixedOneIs() throws IOException {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(FigureSheetView.class);
        ((ComboBox<DataSet>) _get(ComboBox.class, spec -> spec.withId("figure-sheet-data-set"))).setValue(dataSet);
        ((ComboBox<Period>) _get(ComboBox.class, spec -> spec.withId("figure-sheet-period"))).setValue(YEAR);
        assertTrue(_find(Button.class, spec -> spec.withId("figure-sheet-save")).isEmpty(), "nothing to save before an upload");
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Chưa tải bảng số liệu lên"));

        Anchor download = _get(Anchor.class, spec -> spec.withId("figure-sheet-download"));
        assertEquals("Tải mẫu Excel", _get(download, Button.class).getText());
        byte[] template = DownloadKt._download(download);
        String[] code = new String[1];
        UploadKt._upload(upload(), "so-lieu.xlsx", fill(template, row -> {
            code[0] = new DataFormatter().formatCellValue(row.getCell(0));
            row.getCell(2).setCellValue("hai");
        }));
        Grid<PreviewLine> grid = _get(Grid.class, spec -> spec.withId("figure-sheet-preview"));
        assertEquals(1, GridKt._size(grid));
        assertTrue(GridKt._get(grid, 0).errors().getFirst().endsWith("\"hai\" không phải là số."), GridKt._get(grid, 0).toString());
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("tk-sheet-summary-errors")).getText().endsWith("1 lỗi."));
        Button save = _get(Button.class, spec -> spec.withId("figure-sheet-save"));
        assertFalse(save.isEnabled(), "an error anywhere: nothing can be saved");

        UploadKt._upload(upload(), "so-lieu.xlsx", fill(template, row -> row.getCell(2).setCellValue(4)));
        assertEquals(List.of(), GridKt._get(grid, 0).errors());
        assertTrue(save.isEnabled());
        _click(save);
        assertFalse(save.isVisible(), "the preview is cleared once saved");

        Unit commune = context.getBean(UnitService.class).tree(officer, false).stream().filter(unit -> unit.code().equals(code[0]))
                .findFirst().orElseThrow();
        List<Figure> stored = context.getBean(FigureEntry.class).figures(officer, commune.id(), YEAR).stream()
                .filter(figure -> figure.indicatorId() == dataSet.indicators().getFirst().id()).toList();
        assertEquals(1, stored.size());
        assertEquals(4, stored.getFirst().value().intValue());
        assertEquals(Source.IMPORTED, stored.getFirst().source());
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId("figure-sheet-upload"));
    }

    /** The template with its first unit's row changed. */
    private static byte[] fill(byte[] template, java.util.function.Consumer<Row> change) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            change.accept(sheet.getRow(7));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
