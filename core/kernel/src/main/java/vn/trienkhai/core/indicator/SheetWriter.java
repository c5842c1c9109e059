package vn.trienkhai.core.indicator;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.SheetLayout.Column;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.sheet.SheetCells;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes a figure sheet (see {@link SheetLayout}) with the figures already entered. */
final class SheetWriter {

    private record Styles(CellStyle title, CellStyle header, CellStyle key, CellStyle open, CellStyle greyed) {
    }

    private final Messages messages;

    SheetWriter(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param figures the units' figures by unit id and indicator id
     * @param locked  the names of the units whose figures of the period are locked
     */
    byte[] write(DataSet dataSet, Unit root, Period period, List<Column> columns, List<Unit> units,
                 Map<Long, Map<Long, Figure>> figures, List<String> locked) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = styles(workbook);
            Sheet sheet = workbook.createSheet(messages.get("figure.sheet.sheet"));
            title(sheet, styles, dataSet, root, period, locked);
            header(sheet, styles, columns);
            for (int index = 0; index < units.size(); index++) {
                line(sheet.createRow(SheetLayout.FIRST_DATA_ROW + index), units.get(index), columns,
                        figures.getOrDefault(units.get(index).id(), Map.of()), styles);
            }
            sheet.createFreezePane(2, SheetLayout.FIRST_DATA_ROW);
            meta(workbook, dataSet, root, period, figures);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void title(Sheet sheet, Styles styles, DataSet dataSet, Unit root, Period period, List<String> locked) {
        SheetCells.text(sheet.createRow(0), 0, dataSet.name(), styles.title());
        SheetCells.text(sheet.createRow(1), 0, messages.get("figure.sheet.title-unit", root.name()), null);
        SheetCells.text(sheet.createRow(2), 0, messages.get("figure.sheet.title-period", period.label(), period.code()), null);
        SheetCells.text(sheet.createRow(3), 0, messages.get("figure.sheet.help", SheetLayout.KEYS_ROW + 1), null);
        if (!locked.isEmpty()) {
            SheetCells.text(sheet.createRow(4), 0, messages.get("figure.sheet.locked", String.join(", ", locked)), null);
        }
    }

    private void header(Sheet sheet, Styles styles, List<Column> columns) {
        Row keys = sheet.createRow(SheetLayout.KEYS_ROW);
        Row labels = sheet.createRow(SheetLayout.LABELS_ROW);
        SheetCells.text(keys, 0, SheetLayout.UNIT_CODE, styles.key());
        SheetCells.text(keys, 1, SheetLayout.UNIT_NAME, styles.key());
        SheetCells.text(labels, 0, messages.get("figure.sheet.column.unit-code"), styles.header());
        SheetCells.text(labels, 1, messages.get("figure.sheet.column.unit-name"), styles.header());
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 32 * 256);
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            SheetCells.text(keys, index + 2, column.key(), styles.key());
            SheetCells.text(labels, index + 2, label(column), styles.header());
            sheet.setColumnWidth(index + 2, 18 * 256);
        }
    }

    private String label(Column column) {
        var indicator = column.indicator();
        return switch (column.part()) {
            case VALUE -> messages.get("figure.sheet.column.value", indicator.code(), indicator.name());
            case NUMERATOR -> messages.get("figure.sheet.column.numerator", indicator.code(), indicator.numeratorLabel());
            case DENOMINATOR -> messages.get("figure.sheet.column.denominator", indicator.code(), indicator.denominatorLabel());
        };
    }

    private void line(Row row, Unit unit, List<Column> columns, Map<Long, Figure> figures, Styles styles) {
        SheetCells.text(row, 0, unit.code(), null);
        SheetCells.text(row, 1, unit.name(), null);
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            Cell cell = row.createCell(index + 2);
            if (!column.indicator().unitKinds().contains(unit.kind())) {
                cell.setCellStyle(styles.greyed());
                continue;
            }
            cell.setCellStyle(styles.open());
            Figure figure = figures.get(column.indicator().id());
            BigDecimal value = figure == null ? null : switch (column.part()) {
                case VALUE -> figure.value();
                case NUMERATOR -> figure.numerator();
                case DENOMINATOR -> figure.denominator();
            };
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
        }
    }

    /** The very hidden sheet: which template this is, and the version and values of every pre-filled figure. */
    private static void meta(Workbook workbook, DataSet dataSet, Unit root, Period period, Map<Long, Map<Long, Figure>> figures) {
        Sheet meta = workbook.createSheet(SheetLayout.META_SHEET);
        workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
        cells(meta.createRow(0), SheetLayout.MARKER, SheetLayout.FORMAT);
        cells(meta.createRow(1), "dataSetId", String.valueOf(dataSet.id()));
        cells(meta.createRow(2), "unitId", String.valueOf(root.id()));
        cells(meta.createRow(3), "period", period.code());
        int rowIndex = 4;
        for (Map<Long, Figure> ofUnit : figures.values()) {
            for (Figure figure : ofUnit.values()) {
                cells(meta.createRow(rowIndex++), "figure", String.valueOf(figure.unitId()), String.valueOf(figure.indicatorId()),
                        String.valueOf(figure.version()), plain(figure.value()), plain(figure.numerator()), plain(figure.denominator()));
            }
        }
    }

    private static void cells(Row row, String... values) {
        for (int index = 0; index < values.length; index++) {
            row.createCell(index).setCellValue(values[index]);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }


    private static Styles styles(Workbook workbook) {
        CellStyle header = SheetCells.headerStyle(workbook);
        CellStyle title = workbook.createCellStyle();
        title.setFont(workbook.getFontAt(header.getFontIndex()));
        Font small = workbook.createFont();
        small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        CellStyle key = workbook.createCellStyle();
        key.setFont(small);
        CellStyle open = workbook.createCellStyle();
        open.setBorderBottom(BorderStyle.HAIR);
        CellStyle greyed = workbook.createCellStyle();
        greyed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        greyed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return new Styles(title, header, key, open, greyed);
    }
}
