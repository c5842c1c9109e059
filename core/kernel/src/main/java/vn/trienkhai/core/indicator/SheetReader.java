package vn.trienkhai.core.indicator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.SheetLayout.Stored;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a filled figure sheet back: the template's identity and pre-filled versions from the hidden sheet, the column
 * keys, and every non-empty row's cells. A file that is not an .xlsx, or not one of our templates, is refused whole;
 * a cell that is not a number is kept as its text, for the caller to report on its row and column.
 */
final class SheetReader {

    /** Digits with an optional decimal comma or point followed by other than three digits ("1.000" is ambiguous). */
    private static final Pattern NUMBER_TEXT = Pattern.compile("-?\\d+([,.]\\d{1,2}|[,.]\\d{4,})?");

    /** One cell: its number, or the text that is not one. */
    record CellValue(BigDecimal number, String text) {

        boolean isNumber() {
            return number != null;
        }
    }

    /** A non-empty row: its spreadsheet row number (from 1), its unit code, and its cells by 0-based column. */
    record Line(int row, String unitCode, Map<Integer, CellValue> cells) {
    }

    record Parsed(long dataSetId, long unitId, String periodCode, Map<String, Stored> stored, Map<Integer, String> keys,
                  List<Line> lines) {

        Stored stored(long unitId, long indicatorId) {
            return stored.get(unitId + "/" + indicatorId);
        }
    }

    private final Messages messages;
    private final int maxRows;

    SheetReader(Messages messages, int maxRows) {
        this.messages = messages;
        this.maxRows = maxRows;
    }

    Parsed read(byte[] xlsx) {
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException notXlsx) {
            // POI throws many kinds for a file that is no workbook (not a zip, a zip of something else, a damaged part)
            throw refused("figure.sheet.not-xlsx");
        }
        try (workbook) {
            Sheet meta = workbook.getSheet(SheetLayout.META_SHEET);
            if (meta == null || !SheetLayout.MARKER.equals(text(meta, 0, 0)) || workbook.getNumberOfSheets() < 2) {
                throw refused("figure.sheet.not-template");
            }
            Sheet data = workbook.getSheetAt(0);
            if (data.getLastRowNum() - SheetLayout.FIRST_DATA_ROW + 1 > maxRows) {
                throw InvalidRequestException.field("file", "figure.sheet.too-many-rows", messages.get("figure.sheet.too-many-rows", maxRows));
            }
            return new Parsed(number(meta, 1), number(meta, 2), text(meta, 3, 1), stored(meta), keys(data), lines(data));
        } catch (IOException e) {
            throw refused("figure.sheet.not-xlsx");
        }
    }

    private long number(Sheet meta, int row) {
        try {
            return Long.parseLong(text(meta, row, 1));
        } catch (NumberFormatException broken) {
            throw refused("figure.sheet.not-template");
        }
    }

    private Map<String, Stored> stored(Sheet meta) {
        Map<String, Stored> stored = new HashMap<>();
        for (int index = 4; index <= meta.getLastRowNum(); index++) {
            if (!"figure".equals(text(meta, index, 0))) {
                continue;
            }
            try {
                Stored figure = new Stored(Long.parseLong(text(meta, index, 1)), Long.parseLong(text(meta, index, 2)),
                        Long.parseLong(text(meta, index, 3)), decimal(text(meta, index, 4)), decimal(text(meta, index, 5)),
                        decimal(text(meta, index, 6)));
                stored.put(figure.unitId() + "/" + figure.indicatorId(), figure);
            } catch (NumberFormatException broken) {
                throw refused("figure.sheet.not-template");
            }
        }
        return stored;
    }

    private static Map<Integer, String> keys(Sheet data) {
        Map<Integer, String> keys = new LinkedHashMap<>();
        Row row = data.getRow(SheetLayout.KEYS_ROW);
        if (row == null) {
            return keys;
        }
        DataFormatter formatter = new DataFormatter();
        for (Cell cell : row) {
            String key = formatter.formatCellValue(cell).strip();
            if (!key.isEmpty()) {
                keys.put(cell.getColumnIndex(), key);
            }
        }
        return keys;
    }

    private static List<Line> lines(Sheet data) {
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (int index = SheetLayout.FIRST_DATA_ROW; index <= data.getLastRowNum(); index++) {
            Row row = data.getRow(index);
            if (row == null) {
                continue;
            }
            Map<Integer, CellValue> cells = new HashMap<>();
            for (Cell cell : row) {
                CellValue value = value(cell, formatter);
                if (value != null && cell.getColumnIndex() > 1) {
                    cells.put(cell.getColumnIndex(), value);
                }
            }
            String code = row.getCell(0) == null ? "" : formatter.formatCellValue(row.getCell(0)).strip();
            if (!cells.isEmpty() || !code.isEmpty()) {
                lines.add(new Line(index + 1, code, cells));
            }
        }
        return lines;
    }

    /** A cell's number; null when blank. A formula counts by its cached result. */
    private static CellValue value(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return new CellValue(BigDecimal.valueOf(cell.getNumericCellValue()), null);
        }
        String text = type == CellType.STRING ? cell.getStringCellValue().strip() : formatter.formatCellValue(cell).strip();
        if (text.isEmpty() || type == CellType.BLANK) {
            return null;
        }
        if (NUMBER_TEXT.matcher(text).matches()) {
            return new CellValue(new BigDecimal(text.replace(',', '.')), null);
        }
        return new CellValue(null, text);
    }

    private static String text(Sheet sheet, int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex);
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
    }

    private static BigDecimal decimal(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    private InvalidRequestException refused(String key) {
        return InvalidRequestException.field("file", key, messages.get(key));
    }
}
