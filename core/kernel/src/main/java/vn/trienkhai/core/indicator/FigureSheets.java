package vn.trienkhai.core.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.apache.poi.ss.util.CellReference;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.SheetLayout.Column;
import vn.trienkhai.core.indicator.SheetReader.Parsed;
import vn.trienkhai.core.task.internal.Sql;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spreadsheet round trip of figures (DD004): an .xlsx template for a data set, a unit's subtree and a period,
 * filled offline, previewed with every error on its row and column before anything is saved, then saved all or
 * nothing as IMPORTED figures. The template keeps each pre-filled figure's version: an upload over a figure changed
 * in between is stale and saves nothing. Unchanged and blank cells are not saved (blank is "no figure", never zero).
 */
@Singleton
public class FigureSheets {

    /** The media type of an .xlsx workbook. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_UNITS = 5_000;

    /** A figure of the upload to be saved, with the errors of its cells. */
    @Serdeable
    public record PreviewLine(int row, String unitCode, @Nullable String unitName, @Nullable String indicatorCode,
                              @Nullable String indicatorName, @Nullable BigDecimal value, @Nullable BigDecimal numerator,
                              @Nullable BigDecimal denominator, List<String> errors) {
    }

    /**
     * What an upload would save. {@code errors} are named {@code figures[<row>].<column key>} (the spreadsheet's row,
     * e.g. {@code figures[9].VH01.tu}); {@code unchanged} counts the pre-filled figures left as they were.
     */
    @Serdeable
    public record Preview(long dataSetId, String dataSetName, long unitId, String unitName, Period period, List<PreviewLine> lines,
                          List<FieldError> errors, int unchanged) {

        public boolean valid() {
            return errors.isEmpty() && !lines.isEmpty();
        }
    }

    private record Cell(int row, int column, String key) {
    }

    private final IndicatorCatalogue catalogue;
    private final FigureEntry entry;
    private final UnitService units;
    private final AccessPolicy policy;
    private final Sql sql;
    private final Messages messages;

    FigureSheets(IndicatorCatalogue catalogue, FigureEntry entry, UnitService units, AccessPolicy policy, Sql sql, Messages messages) {
        this.catalogue = catalogue;
        this.entry = entry;
        this.units = units;
        this.policy = policy;
        this.sql = sql;
        this.messages = messages;
    }

    /** The template of a data set for the units of {@code unitId}'s subtree and a period, with the figures already entered. */
    @ReadOnly
    public byte[] template(Actor actor, long dataSetId, long unitId, Period period) {
        policy.require(actor, Operation.FIGURE_ENTER);
        DataSet dataSet = catalogue.dataSet(actor, dataSetId);
        Unit root = units.get(actor, unitId);
        List<Indicator> indicators = indicators(dataSet);
        List<Unit> rows = rowsOf(actor, root, indicators, period);
        Map<Long, Map<Long, Figure>> figures = new HashMap<>();
        Set<Long> indicatorIds = new HashSet<>(indicators.stream().map(Indicator::id).toList());
        sql.list("SELECT f.* FROM figure f JOIN unit u ON u.id = f.unit_id WHERE u.path LIKE ? AND f.period_kind = ? AND f.period_start = ?",
                List.of(UnitPath.subtreePattern(root.path()), period.kind().name(), period.start()),
                row -> new Figure(row.getLong("id"), row.getLong("indicator_id"), row.getLong("unit_id"), period, row.getBigDecimal("figure_value"),
                        row.getBigDecimal("numerator"), row.getBigDecimal("denominator"), Source.valueOf(row.getString("source")),
                        row.getLong("version")))
                .stream().filter(figure -> indicatorIds.contains(figure.indicatorId()))
                .forEach(figure -> figures.computeIfAbsent(figure.unitId(), id -> new HashMap<>()).put(figure.indicatorId(), figure));
        Set<Long> lockedIds = new HashSet<>(sql.list("SELECT l.unit_id FROM figure_lock l JOIN unit u ON u.id = l.unit_id"
                + " WHERE u.path LIKE ? AND l.period_kind = ? AND l.period_start = ?",
                List.of(UnitPath.subtreePattern(root.path()), period.kind().name(), period.start()), row -> row.getLong(1)));
        List<String> locked = rows.stream().filter(unit -> lockedIds.contains(unit.id())).map(Unit::name).toList();
        return new SheetWriter(messages).write(dataSet, root, period, SheetLayout.columns(indicators), rows, figures, locked);
    }

    /** Reads an upload and checks it as {@link #save} would, without writing anything. */
    @ReadOnly
    public Preview preview(Actor actor, byte[] xlsx) {
        return new SheetImport(actor, read(xlsx)).preview();
    }

    /** Saves an upload's new and changed figures as IMPORTED, all or nothing; an error anywhere saves none. */
    public List<Figure> save(Actor actor, byte[] xlsx) {
        SheetImport upload = new SheetImport(actor, read(xlsx));
        Preview preview = upload.preview();
        List<FieldError> stale = preview.errors().stream().filter(error -> error.code().equals("figure.changed-by-someone-else")).toList();
        if (!stale.isEmpty()) {
            throw new ConflictException(stale.getFirst().code(), stale.getFirst().message());
        }
        if (!preview.errors().isEmpty()) {
            String summary = preview.errors().size() == 1 ? preview.errors().getFirst().message()
                    : messages.get("request.invalid", preview.errors().size());
            throw new InvalidRequestException(preview.errors().getFirst().code(), summary, preview.errors());
        }
        if (preview.lines().isEmpty()) {
            throw InvalidRequestException.field("file", "figure.sheet.nothing", messages.get("figure.sheet.nothing"));
        }
        // FigureEntry checks the batch again in its own transaction: a figure changed since the preview is still stale
        return entry.save(actor, new FigureBatch(upload.inputs, Source.IMPORTED));
    }

    private Parsed read(byte[] xlsx) {
        if (xlsx.length > MAX_BYTES) {
            throw InvalidRequestException.field("file", "figure.sheet.too-large",
                    messages.get("figure.sheet.too-large", MAX_BYTES / (1024 * 1024)));
        }
        return new SheetReader(messages, MAX_UNITS).read(xlsx);
    }

    private List<Indicator> indicators(DataSet dataSet) {
        List<Indicator> indicators = SheetLayout.indicators(dataSet);
        if (indicators.isEmpty()) {
            throw InvalidRequestException.field("dataSetId", "figure.sheet.no-indicators", messages.get("figure.sheet.no-indicators"));
        }
        return indicators;
    }

    private List<Unit> rowsOf(Actor actor, Unit root, List<Indicator> indicators, Period period) {
        List<Unit> rows = SheetLayout.units(units.subtree(actor, root.id()), indicators, period);
        if (rows.size() > MAX_UNITS) {
            throw InvalidRequestException.field("unitId", "figure.sheet.too-many-units", messages.get("figure.sheet.too-many-units", MAX_UNITS));
        }
        return rows;
    }

    /** One upload being read: the figure inputs it makes, where each came from, and the errors found on the way. */
    private final class SheetImport {

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

        SheetImport(Actor actor, Parsed parsed) {
            this.actor = actor;
            this.parsed = parsed;
        }

        Preview preview() {
            policy.require(actor, Operation.FIGURE_ENTER);
            dataSet = catalogue.dataSet(actor, parsed.dataSetId());
            root = units.get(actor, parsed.unitId());
            period = Period.parse(parsed.periodCode()).orElseThrow(() ->
                    InvalidRequestException.field("file", "figure.sheet.not-template", messages.get("figure.sheet.not-template")));
            List<Indicator> indicators = indicators(dataSet);
            Map<Integer, Column> columns = columns(SheetLayout.columns(indicators));
            Map<String, List<Unit>> byCode = new HashMap<>();
            rowsOf(actor, root, indicators, period).forEach(unit -> byCode.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit));
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
}
