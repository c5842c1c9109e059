package vn.trienkhai.core.indicator;

import org.apache.poi.ss.util.CellReference;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureSheets.Preview;
import vn.trienkhai.core.indicator.FigureSheets.PreviewLine;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.SheetLayout.Column;
import vn.trienkhai.core.indicator.SheetReader.Parsed;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One upload being read: the figure inputs it makes, where each came from, and the errors found on the way. */
final class SheetImport {

    /** A cell of the sheet: its row number (from 1), its 0-based column and the column's key. */
    private record Cell(int row, int column, String key) {
    }

    private final FigureSheets sheets;
    private final IndicatorCatalogue catalogue;
    private final FigureEntry entry;
    private final UnitService units;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Actor actor;
    private final Parsed parsed;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<FigureInput> inputs = new ArrayList<>();
    private final List<PreviewLine> lines = new ArrayList<>();
    private final Map<Long, List<Integer>> inputsByIndicator = new HashMap<>();
    private DataSet dataSet;
    private Unit root;
    private Period period;
    private int unchanged;

    SheetImport(FigureSheets sheets, IndicatorCatalogue catalogue, FigureEntry entry, UnitService units, AccessPolicy policy,
                Messages messages, Actor actor, Parsed parsed) {
        this.sheets = sheets;
        this.catalogue = catalogue;
        this.entry = entry;
        this.units = units;
        this.policy = policy;
        this.messages = messages;
        this.actor = actor;
        this.parsed = parsed;
    }

    /** The figure inputs of the new and changed cells, in the sheet's order. */
    List<FigureInput> inputs() {
        return inputs;
    }

    Preview preview() {
        policy.require(actor, Operation.FIGURE_ENTER);
        dataSet = catalogue.dataSet(actor, parsed.dataSetId());
        root = units.get(actor, parsed.unitId());
        period = Period.parse(parsed.periodCode()).orElseThrow(() ->
                InvalidRequestException.field("file", "figure.sheet.not-template", messages.get("figure.sheet.not-template")));
        List<Indicator> indicators = sheets.indicators(dataSet);
        Map<Integer, Column> columns = columns(SheetLayout.columns(indicators));
        Map<String, List<Unit>> byCode = new HashMap<>();
        sheets.rowsOf(actor, root, indicators, period).forEach(unit -> byCode.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit));
        for (SheetReader.Line line : parsed.lines()) {
            Unit unit = unit(line, byCode);
            if (unit != null) {
                figures(line, unit, columns, indicators);
            }
        }
        checkByIndicator(columns);
        return new Preview(dataSet.id(), dataSet.name(), root.id(), root.name(), period, withErrors(), List.copyOf(errors), unchanged);
    }

    /** The indicator columns by position; a key that is none of the data set's is an error on the keys row. */
    private Map<Integer, Column> columns(List<Column> known) {
        Map<String, Column> byKey = new HashMap<>();
        known.forEach(column -> byKey.put(column.key(), column));
        Map<Integer, Column> columns = new HashMap<>();
        parsed.keys().forEach((index, key) -> {
            if (byKey.containsKey(key)) {
                columns.put(index, byKey.get(key));
            } else if (index > 1) {
                error(new Cell(SheetLayout.KEYS_ROW + 1, index, key), "figure.sheet.column.unknown", key);
            }
        });
        return columns;
    }

    private Unit unit(SheetReader.Line line, Map<String, List<Unit>> byCode) {
        Cell cell = new Cell(line.row(), 0, SheetLayout.UNIT_CODE);
        List<Unit> found = byCode.getOrDefault(line.unitCode(), List.of());
        if (line.unitCode().isEmpty()) {
            error(cell, "figure.sheet.unit.required");
        } else if (found.isEmpty()) {
            error(cell, "figure.sheet.unit.unknown", line.unitCode(), root.name());
        } else if (found.size() > 1) {
            error(cell, "figure.sheet.unit.ambiguous", line.unitCode(), root.name());
        }
        return found.size() == 1 ? found.getFirst() : null;
    }

    /** The row's figures, one per indicator with a cell filled in; greyed (not applicable) and unchanged ones skipped. */
    private void figures(SheetReader.Line line, Unit unit, Map<Integer, Column> columns, List<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            if (!indicator.unitKinds().contains(unit.kind())) {
                continue;
            }
            Map<SheetLayout.Part, BigDecimal> values = new HashMap<>();
            boolean filled = false;
            boolean readable = true;
            for (Map.Entry<Integer, Column> column : columns.entrySet()) {
                SheetReader.CellValue cell = line.cells().get(column.getKey());
                if (column.getValue().indicator().id() != indicator.id() || cell == null) {
                    continue;
                }
                filled = true;
                if (cell.isNumber()) {
                    values.put(column.getValue().part(), cell.number());
                } else {
                    readable = false;
                    error(new Cell(line.row(), column.getKey(), column.getValue().key()), "figure.sheet.not-a-number", cell.text());
                }
            }
            if (!filled || !readable) {
                continue;
            }
            BigDecimal value = values.get(SheetLayout.Part.VALUE);
            BigDecimal numerator = values.get(SheetLayout.Part.NUMERATOR);
            BigDecimal denominator = values.get(SheetLayout.Part.DENOMINATOR);
            SheetLayout.Stored stored = parsed.stored(unit.id(), indicator.id());
            if (stored != null && (indicator.isRatio() ? stored.sameParts(numerator, denominator) : stored.sameValue(value))) {
                unchanged++;
                continue;
            }
            inputsByIndicator.computeIfAbsent(indicator.id(), id -> new ArrayList<>()).add(inputs.size());
            inputs.add(new FigureInput(line.row(), indicator.id(), unit.id(), period, value, numerator, denominator,
                    stored == null ? null : stored.version()));
            lines.add(new PreviewLine(line.row(), unit.code(), unit.name(), indicator.code(), indicator.name(),
                    indicator.isRatio() ? null : value, numerator, denominator, List.of()));
        }
    }

    /**
     * FigureEntry's checks, one indicator at a time so that each error (named by row and field) points at one cell:
     * a spreadsheet row holds one figure of every indicator.
     */
    private void checkByIndicator(Map<Integer, Column> columns) {
        inputsByIndicator.forEach((indicatorId, positions) -> {
            List<FigureInput> batch = positions.stream().map(inputs::get).toList();
            for (FieldError error : entry.check(actor, new FigureBatch(batch, Source.IMPORTED))) {
                int row = rowOf(error);
                String field = error.field().substring(error.field().indexOf("].") + 2);
                Map.Entry<Integer, Column> column = column(columns, indicatorId, field);
                errors.add(cellError(new Cell(row, column.getKey(), column.getValue().key()), error.code(), error.message()));
            }
        });
    }

    /** The column of an indicator's field: a ratio's numerator and denominator have their own, the rest the first. */
    private static Map.Entry<Integer, Column> column(Map<Integer, Column> columns, long indicatorId, String field) {
        SheetLayout.Part part = switch (field) {
            case "numerator" -> SheetLayout.Part.NUMERATOR;
            case "denominator" -> SheetLayout.Part.DENOMINATOR;
            default -> null;
        };
        return columns.entrySet().stream().filter(entry -> entry.getValue().indicator().id() == indicatorId)
                .filter(entry -> part == null || entry.getValue().part() == part)
                .min(Map.Entry.comparingByKey()).orElseThrow();
    }

    /** The lines with the errors of their cells; an error of no figure (an unknown unit, a text) gets a line of its own. */
    private List<PreviewLine> withErrors() {
        Set<FieldError> shown = new HashSet<>();
        List<PreviewLine> result = new ArrayList<>();
        for (PreviewLine line : lines) {
            String prefix = "figures[" + line.row() + "]." + line.indicatorCode();
            List<FieldError> own = errors.stream()
                    .filter(error -> error.field().equals(prefix) || error.field().startsWith(prefix + ".")).toList();
            shown.addAll(own);
            result.add(new PreviewLine(line.row(), line.unitCode(), line.unitName(), line.indicatorCode(), line.indicatorName(),
                    line.value(), line.numerator(), line.denominator(), own.stream().map(FieldError::message).toList()));
        }
        for (FieldError error : errors) {
            if (!shown.contains(error)) {
                int row = rowOf(error);
                String code = parsed.lines().stream().filter(line -> line.row() == row).map(SheetReader.Line::unitCode).findFirst().orElse("");
                result.add(new PreviewLine(row, code, null, null, null, null, null, null, List.of(error.message())));
            }
        }
        result.sort((left, right) -> Integer.compare(left.row(), right.row()));
        return result;
    }

    private static int rowOf(FieldError error) {
        return Integer.parseInt(error.field().substring("figures[".length(), error.field().indexOf(']')));
    }

    private void error(Cell cell, String key, Object... args) {
        errors.add(cellError(cell, key, messages.get(key, args)));
    }

    private FieldError cellError(Cell cell, String code, String message) {
        return new FieldError("figures[" + cell.row() + "]." + cell.key(), code,
                messages.get("figure.sheet.cell", String.valueOf(cell.row()), CellReference.convertNumToColString(cell.column()), message));
    }
}
