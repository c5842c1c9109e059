package vn.trienkhai.core.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
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
import vn.trienkhai.core.indicator.SheetReader.Parsed;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
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
        return new SheetImport(this, catalogue, entry, units, policy, messages, actor, read(xlsx)).preview();
    }

    /** Saves an upload's new and changed figures as IMPORTED, all or nothing; an error anywhere saves none. */
    public List<Figure> save(Actor actor, byte[] xlsx) {
        SheetImport upload = new SheetImport(this, catalogue, entry, units, policy, messages, actor, read(xlsx));
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
        return entry.save(actor, new FigureBatch(upload.inputs(), Source.IMPORTED));
    }

    private Parsed read(byte[] xlsx) {
        if (xlsx.length > MAX_BYTES) {
            throw InvalidRequestException.field("file", "figure.sheet.too-large",
                    messages.get("figure.sheet.too-large", MAX_BYTES / (1024 * 1024)));
        }
        return new SheetReader(messages, MAX_UNITS).read(xlsx);
    }

    /** The indicators of a data set that people fill in; a set without any is refused. */
    List<Indicator> indicators(DataSet dataSet) {
        List<Indicator> indicators = SheetLayout.indicators(dataSet);
        if (indicators.isEmpty()) {
            throw InvalidRequestException.field("dataSetId", "figure.sheet.no-indicators", messages.get("figure.sheet.no-indicators"));
        }
        return indicators;
    }

    /** The units a sheet has rows for; more than {@link #MAX_UNITS} are refused, never cut. */
    List<Unit> rowsOf(Actor actor, Unit root, List<Indicator> indicators, Period period) {
        List<Unit> rows = SheetLayout.units(units.subtree(actor, root.id()), indicators, period);
        if (rows.size() > MAX_UNITS) {
            throw InvalidRequestException.field("unitId", "figure.sheet.too-many-units", messages.get("figure.sheet.too-many-units", MAX_UNITS));
        }
        return rows;
    }
}
