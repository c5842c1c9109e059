package vn.trienkhai.core.task;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.sheet.SheetCells;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The task list as the board shows it (same filter, same order, same scope), written to an Excel workbook for the
 * offices' own reports. At most {@link #MAX_ROWS} lines: a longer list is cut, and its last row says so, so that
 * a report never silently misses tasks.
 */
@Singleton
public class TaskExport {

    /** The media type of an .xlsx workbook. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Enough for any district's list; a province's whole list is to be filtered first. */
    public static final int MAX_ROWS = 20_000;

    /** Rows kept in memory while writing; the rest are flushed to a temporary file by POI's streaming workbook. */
    private static final int WINDOW = 200;

    private static final List<Column> COLUMNS = List.of(new Column("number", 6), new Column("text", 60),
            new Column("document", 16), new Column("section", 8), new Column("unit", 28), new Column("role", 14),
            new Column("due", 12), new Column("status", 16), new Column("percent", 10), new Column("done-on", 14),
            new Column("timeliness", 24));

    private record Column(String key, int widthInCharacters) {
    }

    private record Styles(CellStyle header, CellStyle text, CellStyle wrapped, CellStyle date) {
    }

    private final TaskBoard board;
    private final Sql sql;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    TaskExport(TaskBoard board, Sql sql, AccessPolicy policy, Messages messages, Clock clock) {
        this.board = board;
        this.sql = sql;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** The workbook as bytes; see {@link #write}. */
    public byte[] export(Actor actor, TaskFilter filter, TaskSort sort) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(actor, filter, sort, out);
        return out.toByteArray();
    }

    /** Writes the .xlsx of the actor's task list to {@code out} (left open). */
    @ReadOnly
    public void write(Actor actor, TaskFilter filter, TaskSort sort, OutputStream out) {
        policy.require(actor, Operation.TASK_READ);
        List<Object> parameters = new ArrayList<>();
        String where = board.where(actor, filter, parameters);
        List<Object> limited = new ArrayList<>(parameters);
        limited.add(MAX_ROWS + 1);
        LocalDate today = LocalDate.now(clock);
        List<TaskLine> lines = sql.list(TaskBoard.LINE_COLUMNS + TaskBoard.FROM + where + TaskBoard.orderBy(sort) + " LIMIT ?",
                limited, row -> TaskBoard.line(row, today));
        // counting only when cut: the common case costs one query
        Long total = lines.size() > MAX_ROWS ? sql.count("SELECT count(*)" + TaskBoard.FROM + where, parameters) : null;
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = workbook.createSheet(messages.get("task.export.sheet"));
            Styles styles = styles(workbook);
            header(sheet, styles);
            int rowIndex = 1;
            for (TaskLine line : lines.subList(0, Math.min(lines.size(), MAX_ROWS))) {
                line(sheet.createRow(rowIndex), rowIndex, line, styles);
                rowIndex++;
            }
            if (total != null) {
                sheet.createRow(rowIndex).createCell(0).setCellValue(messages.get("task.export.cut", MAX_ROWS, total));
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void header(Sheet sheet, Styles styles) {
        Row header = sheet.createRow(0);
        for (int index = 0; index < COLUMNS.size(); index++) {
            Column column = COLUMNS.get(index);
            Cell cell = header.createCell(index);
            cell.setCellValue(messages.get("task.export." + column.key()));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(index, column.widthInCharacters() * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void line(Row row, int number, TaskLine line, Styles styles) {
        row.createCell(0).setCellValue(number);
        SheetCells.text(row, 1, line.text(), styles.wrapped());
        SheetCells.text(row, 2, line.documentLabel(), styles.text());
        SheetCells.text(row, 3, line.section(), styles.text());
        SheetCells.text(row, 4, line.unitName(), styles.wrapped());
        SheetCells.text(row, 5, messages.get("task.role." + line.role().name()), styles.text());
        date(row, 6, line.due(), styles.date());
        SheetCells.text(row, 7, messages.get("task.status." + line.status().name()), styles.text());
        row.createCell(8).setCellValue(line.percent());
        date(row, 9, line.doneOn(), styles.date());
        SheetCells.text(row, 10, line.timeliness() == null ? null : messages.get("task.timeliness." + line.timeliness().name()), styles.text());
    }


    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static Styles styles(Workbook workbook) {
        CellStyle header = SheetCells.headerStyle(workbook);
        CellStyle text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        CellStyle date = workbook.createCellStyle();
        date.cloneStyleFrom(text);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        return new Styles(header, text, wrapped, date);
    }
}
