package vn.trienkhai.core.task;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.TaskKind;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.task.TaskModel.PartRole;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The task lists: a unit's own parts ("Việc của tôi") and a subtree's ("Việc của đơn vị"), filtered, sorted and
 * paged in SQL. The unit's part index narrows by unit and deadline; the subtree is the units under a path prefix.
 */
@Singleton
public class TaskBoard {

    static final String LINE_COLUMNS = "SELECT p.id AS part_id, p.task_id, t.parent_task_id, t.document_id,"
            + " COALESCE(d.symbol, d.title) AS document_label, t.section_code, t.text, t.kind, p.unit_id, u.name AS unit_name,"
            + " p.role, t.deadline_type, t.recurrence, o.period_start, p.due_on, p.status, p.percent, p.done_on, p.version";

    static final String FROM = " FROM task_part p JOIN task t ON t.id = p.task_id JOIN task_occurrence o ON o.id = p.occurrence_id"
            + " JOIN document d ON d.id = t.document_id JOIN unit u ON u.id = p.unit_id";

    private final Sql sql;
    private final UnitService units;
    private final AccessPolicy policy;
    private final Clock clock;

    TaskBoard(Sql sql, UnitService units, AccessPolicy policy, Clock clock) {
        this.sql = sql;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
    }

    @ReadOnly
    public Page<TaskLine> list(Actor actor, TaskFilter filter, TaskSort sort, Pageable pageable) {
        policy.require(actor, Operation.TASK_READ);
        List<Object> parameters = new ArrayList<>();
        String where = where(actor, filter, parameters);
        long total = sql.count("SELECT count(*)" + countFrom(filter) + where, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(pageable.getSize());
        paged.add(pageable.getOffset());
        LocalDate today = LocalDate.now(clock);
        List<TaskLine> lines = sql.list(LINE_COLUMNS + FROM + where + orderBy(sort) + " LIMIT ? OFFSET ?", paged,
                row -> line(row, today));
        return Page.of(lines, pageable, total);
    }

    /**
     * The joins a count needs: the unit always (scope), the task only for a document, module or text filter. The
     * occurrence and the document serve the lines, not the count, which would otherwise read them for every part of
     * the subtree.
     */
    static String countFrom(TaskFilter filter) {
        boolean byTask = filter.documentId() != null || filter.byModule() || filter.text() != null && !filter.text().isBlank();
        return " FROM task_part p JOIN unit u ON u.id = p.unit_id" + (byTask ? " JOIN task t ON t.id = p.task_id" : "");
    }

    /** The WHERE clause of a filter, its parameters appended to {@code parameters}; shared with the export. */
    String where(Actor actor, TaskFilter filter, List<Object> parameters) {
        LocalDate today = LocalDate.now(clock);
        Unit unit = filter.unitId() == null ? null : units.get(actor, filter.unitId());
        StringBuilder where = new StringBuilder(" WHERE p.organisation_id = ?");
        parameters.add(actor.organisationId());
        if (filter.ownUnitOnly()) {
            long own = unit != null ? unit.id() : actor.homeUnitId();
            where.append(" AND p.unit_id IN (?, ?)");
            parameters.add(own);
            // a department or office of a committee also carries out what is given to the committee it works for
            parameters.add(unit != null ? unit.id() : UnitPath.ids(actor.scopePath()).getLast());
        } else {
            where.append(" AND u.path LIKE ?");
            parameters.add(UnitPath.subtreePattern(unit != null ? unit.path() : actor.scopePath()));
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND p.status IN (").append(placeholders(filter.statuses().size())).append(")");
            filter.statuses().forEach(status -> parameters.add(status.name()));
        }
        if (filter.role() != null) {
            where.append(" AND p.role = ?");
            parameters.add(filter.role().name());
        }
        if (filter.documentId() != null) {
            where.append(" AND t.document_id = ?");
            parameters.add(filter.documentId());
        }
        if (filter.byModule()) {
            // a semi-join per part's task on document_module's primary key: the lists keep walking their own indexes
            where.append(" AND EXISTS (SELECT 1 FROM document_module dm WHERE dm.document_id = t.document_id AND dm.module_id = ?)");
            parameters.add(filter.moduleId().strip());
        }
        if (filter.dueFrom() != null) {
            where.append(" AND p.due_on >= ?");
            parameters.add(filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.append(" AND p.due_on <= ?");
            parameters.add(filter.dueTo());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND LOWER(t.text) LIKE ?");
            parameters.add("%" + filter.text().strip().toLowerCase(vn.trienkhai.core.text.VietnameseText.LOCALE) + "%");
        }
        if (filter.timeliness() != null && !filter.timeliness().isEmpty()) {
            where.append(" AND (").append(String.join(" OR ", filter.timeliness().stream()
                    .map(state -> timeliness(state, today, parameters)).toList())).append(")");
        }
        return where.toString();
    }

    /** The SQL condition of a timeliness state; {@link Timeliness#of} is the same rule for one part. */
    static String timeliness(Timeliness state, LocalDate today, List<Object> parameters) {
        String open = "p.status IN ('NOT_STARTED', 'IN_PROGRESS')";
        LocalDate soon = today.plusDays(Timeliness.DUE_SOON_DAYS);
        return switch (state) {
            case DONE_ON_TIME -> "p.status = 'DONE' AND (p.due_on IS NULL OR p.done_on <= p.due_on)";
            case DONE_LATE -> "p.status = 'DONE' AND p.done_on > p.due_on";
            case OVERDUE -> {
                parameters.add(today);
                yield open + " AND p.due_on < ?";
            }
            case DUE_SOON -> {
                parameters.add(today);
                parameters.add(soon);
                yield open + " AND p.due_on BETWEEN ? AND ?";
            }
            case OPEN -> {
                parameters.add(soon);
                yield open + " AND (p.due_on IS NULL OR p.due_on > ?)";
            }
        };
    }

    /** The ORDER BY of a sort; shared with the export. */
    static String orderBy(TaskSort sort) {
        String due = "p.due_on NULLS LAST, p.id";
        return " ORDER BY " + switch (sort) {
            case DUE -> due;
            case STATUS -> "CASE p.status WHEN 'IN_PROGRESS' THEN 0 WHEN 'NOT_STARTED' THEN 1 WHEN 'DONE' THEN 2 ELSE 3 END, " + due;
            case UNIT -> "u.sort_key, " + due;
            case DOCUMENT -> "d.issued_on DESC NULLS LAST, t.document_id DESC, t.position, " + due;
        };
    }

    static TaskLine line(ResultSet row, LocalDate today) throws SQLException {
        TaskStatus status = TaskStatus.valueOf(row.getString("status"));
        LocalDate due = Sql.date(row, "due_on");
        LocalDate doneOn = Sql.date(row, "done_on");
        return new TaskLine(row.getLong("part_id"), row.getLong("task_id"), Sql.nullableLong(row, "parent_task_id"),
                row.getLong("document_id"), row.getString("document_label"), row.getString("section_code"), row.getString("text"),
                TaskKind.valueOf(row.getString("kind")), row.getLong("unit_id"), row.getString("unit_name"),
                PartRole.valueOf(row.getString("role")), DeadlineType.valueOf(row.getString("deadline_type")),
                row.getString("recurrence") == null ? null : Recurrence.valueOf(row.getString("recurrence")),
                Sql.date(row, "period_start"), due, status, row.getInt("percent"), doneOn,
                Timeliness.of(status, due, doneOn, today), row.getLong("version"));
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    static Set<TaskStatus> open() {
        return Set.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS);
    }
}
