package vn.trienkhai.core.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.task.FollowUpModel.DocumentCounts;
import vn.trienkhai.core.task.FollowUpModel.FollowUp;
import vn.trienkhai.core.task.FollowUpModel.Period;
import vn.trienkhai.core.task.FollowUpModel.PeriodKind;
import vn.trienkhai.core.task.FollowUpModel.StateCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitOverdue;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
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
 * The leaders' follow-up: for a unit and a period, the four states per child unit, per document, the units with
 * the most overdue parts and the nearest overdue and due-soon parts. Every figure is one grouped query over the
 * unit's subtree (one path-prefix range of the unit index, then each unit's parts by the (unit, due) index), so
 * the cost follows the subtree's size, never the organisation's.
 */
@Singleton
public class FollowUpDashboard {

    static final int DOCUMENTS = 10;
    static final int UNITS = 10;
    static final int LINES = 20;

    /** Only the part and its unit: the counts need no task, occurrence or document. */
    private static final String PARTS = " FROM task_part p JOIN unit u ON u.id = p.unit_id";
    private static final Set<TaskStatus> COUNTED = Set.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE);

    private final TaskBoard board;
    private final Sql sql;
    private final UnitService units;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    FollowUpDashboard(TaskBoard board, Sql sql, UnitService units, AccessPolicy policy, Messages messages, Clock clock) {
        this.board = board;
        this.sql = sql;
        this.units = units;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** The dashboard of {@code unitId} (none: the actor's scope) for {@code period} (none: the current view). */
    @ReadOnly
    public FollowUp get(Actor actor, @Nullable Long unitId, @Nullable Period period) {
        policy.require(actor, Operation.TASK_READ);
        Period chosen = period == null ? Period.current() : check(period);
        Unit unit = units.get(actor, unitId != null ? unitId : UnitPath.ids(actor.scopePath()).getLast());
        LocalDate today = LocalDate.now(clock);
        TaskFilter filter = new TaskFilter(unit.id(), false, COUNTED, null, null, null, chosen.from(), chosen.to(), null, null);
        List<UnitCounts> perUnit = perUnit(actor, filter, unit, today);
        StateCounts total = perUnit.stream().map(UnitCounts::counts).reduce(StateCounts.NONE, StateCounts::plus);
        return new FollowUp(unit.id(), unit.name(), chosen, chosen.from(), chosen.to(), total, perUnit,
                perDocument(actor, filter, today), mostOverdue(actor, filter, today),
                lines(actor, filter, Timeliness.OVERDUE, " ORDER BY p.due_on DESC, p.id", today),
                lines(actor, filter, Timeliness.DUE_SOON, " ORDER BY p.due_on, p.id", today));
    }

    private Period check(Period period) {
        if (period.kind() == null) {
            throw InvalidRequestException.field("period.kind", "task.period.kind.required", messages.get("task.period.kind.required"));
        }
        if (period.kind() != PeriodKind.CURRENT && (period.year() < 1900 || period.year() > 2999)) {
            throw InvalidRequestException.field("period.year", "task.period.year.range", messages.get("task.period.year.range"));
        }
        if (period.kind() != PeriodKind.CURRENT && period.kind() != PeriodKind.YEAR
                && (period.index() < 1 || period.index() > period.perYear())) {
            throw InvalidRequestException.field("period.index", "task.period.index.range",
                    messages.get("task.period.index.range", period.perYear()));
        }
        return period;
    }

    /**
     * The chosen unit's own parts and each child's subtree: a part's branch is its unit's path cut after the
     * chosen unit's path and one more id, i.e. the child's path (the chosen unit's own for its own parts).
     */
    private List<UnitCounts> perUnit(Actor actor, TaskFilter filter, Unit unit, LocalDate today) {
        List<Object> parameters = new ArrayList<>();
        String sums = sums(today, parameters);
        parameters.add(unit.path().length());
        parameters.add(unit.path().length() + 1);
        String where = board.where(actor, filter, parameters);
        parameters.add(unit.path());
        String query = "SELECT c.id, c.name, g.*  FROM (SELECT p.branch," + sums + " FROM (SELECT p.status, p.due_on, p.done_on,"
                + " SUBSTRING(u.path, 1, ? + POSITION('/' IN SUBSTRING(u.path, ?))) AS branch" + PARTS + where + ") p"
                + " GROUP BY p.branch) g JOIN unit c ON c.path = g.branch"
                + " ORDER BY CASE WHEN c.path = ? THEN 0 ELSE 1 END, c.sort_key";
        return sql.list(query, parameters, row -> new UnitCounts(row.getLong("id"), row.getString("name"),
                row.getLong("id") == unit.id(), counts(row)));
    }

    private List<DocumentCounts> perDocument(Actor actor, TaskFilter filter, LocalDate today) {
        List<Object> parameters = new ArrayList<>();
        String sums = sums(today, parameters);
        String where = board.where(actor, filter, parameters);
        parameters.add(DOCUMENTS);
        String query = "SELECT t.document_id, COALESCE(d.symbol, d.title) AS document_label," + sums
                + PARTS + " JOIN task t ON t.id = p.task_id JOIN document d ON d.id = t.document_id" + where
                + " GROUP BY t.document_id, d.symbol, d.title ORDER BY count(*) DESC, t.document_id DESC LIMIT ?";
        return sql.list(query, parameters, row -> new DocumentCounts(row.getLong("document_id"), row.getString("document_label"),
                counts(row)));
    }

    private List<UnitOverdue> mostOverdue(Actor actor, TaskFilter filter, LocalDate today) {
        List<Object> parameters = new ArrayList<>();
        String where = board.where(actor, filter, parameters) + " AND " + TaskBoard.timeliness(Timeliness.OVERDUE, today, parameters);
        parameters.add(UNITS);
        String query = "SELECT p.unit_id, u.name, count(*) AS overdue" + PARTS + where
                + " GROUP BY p.unit_id, u.name, u.sort_key ORDER BY count(*) DESC, u.sort_key LIMIT ?";
        return sql.list(query, parameters, row -> new UnitOverdue(row.getLong("unit_id"), row.getString("name"), row.getLong("overdue")));
    }

    private List<TaskLine> lines(Actor actor, TaskFilter filter, Timeliness state, String orderBy, LocalDate today) {
        List<Object> parameters = new ArrayList<>();
        String where = board.where(actor, filter, parameters) + " AND " + TaskBoard.timeliness(state, today, parameters);
        parameters.add(LINES);
        return sql.list(TaskBoard.LINE_COLUMNS + TaskBoard.FROM + where + orderBy + " LIMIT ?", parameters,
                row -> TaskBoard.line(row, today));
    }

    /** The four states as sums, the same conditions as the task lists' timeliness filter. */
    private static String sums(LocalDate today, List<Object> parameters) {
        return sum(TaskBoard.timeliness(Timeliness.DONE_ON_TIME, today, parameters), "on_time") + ","
                + sum(TaskBoard.timeliness(Timeliness.DONE_LATE, today, parameters), "late") + ","
                + sum("(" + TaskBoard.timeliness(Timeliness.OPEN, today, parameters) + ") OR ("
                + TaskBoard.timeliness(Timeliness.DUE_SOON, today, parameters) + ")", "within_deadline") + ","
                + sum(TaskBoard.timeliness(Timeliness.DUE_SOON, today, parameters), "due_soon") + ","
                + sum(TaskBoard.timeliness(Timeliness.OVERDUE, today, parameters), "overdue");
    }

    private static String sum(String condition, String name) {
        return " SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END) AS " + name;
    }

    private static StateCounts counts(ResultSet row) throws SQLException {
        return new StateCounts(row.getLong("on_time"), row.getLong("late"), row.getLong("within_deadline"),
                row.getLong("due_soon"), row.getLong("overdue"));
    }
}
