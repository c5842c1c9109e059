package vn.trienkhai.core.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.document.DocumentEvents.TasksRecorded;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.task.OccurrenceSchedule.Slot;
import vn.trienkhai.core.task.TaskModel.PartRole;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.task.internal.TaskRepositories.OccurrenceRepository;
import vn.trienkhai.core.task.internal.TaskRepositories.PartRepository;
import vn.trienkhai.core.task.internal.TaskRows.OccurrenceRow;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a plan's tasks to the units that carry them out (DD003): each task gets its occurrences and, in each, a
 * part for its lead and one per coordinating unit of the tree. The lead is the unit chosen at import; a task whose
 * lead names no unit of the tree is its issuer's to carry out or pass on; a group's task has no lead of its own, its
 * child tasks have. A recurring duty runs from the document's date to its stated end, else to the end of the year
 * of the plan's last target, else open-ended; its occurrences are generated up to {@link #HORIZON_MONTHS} ahead.
 */
@Singleton
public class TaskAssignment {

    static final int HORIZON_MONTHS = 12;

    private static final String TASK = "SELECT t.id, t.organisation_id, t.document_id, t.parent_task_id, t.lead_unit_id,"
            + " t.deadline_type, t.deadline_date, t.recurrence, t.recurrence_end, d.owner_unit_id, d.issued_on, d.created_at,"
            + " (SELECT max(g.target_year) FROM target g WHERE g.document_id = t.document_id) AS last_target_year,"
            + " (SELECT count(*) FROM task c WHERE c.parent_task_id = t.id) AS children"
            + " FROM task t JOIN document d ON d.id = t.document_id";

    private final Sql sql;
    private final OccurrenceRepository occurrences;
    private final PartRepository parts;
    private final TaskNotifications notifications;
    private final Clock clock;
    private final ZoneId zone;

    TaskAssignment(Sql sql, OccurrenceRepository occurrences, PartRepository parts, TaskNotifications notifications, Clock clock) {
        this.sql = sql;
        this.occurrences = occurrences;
        this.parts = parts;
        this.notifications = notifications;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    private record TaskToAssign(long id, long organisationId, long documentId, @Nullable Long parentTaskId, @Nullable Long leadUnitId,
                                DeadlineType deadlineType, @Nullable LocalDate deadline, @Nullable Recurrence recurrence,
                                @Nullable LocalDate recurrenceEnd, long ownerUnitId, LocalDate documentDate,
                                @Nullable Integer lastTargetYear, boolean hasChildren) {

        /** The end a recurring duty runs to, when the plan says one; null when it is open-ended. */
        @Nullable LocalDate end() {
            if (recurrenceEnd != null) {
                return recurrenceEnd;
            }
            if (deadline != null && (deadlineType == DeadlineType.RANGE || deadlineType == DeadlineType.YEAR)) {
                return deadline;
            }
            return lastTargetYear == null ? null : LocalDate.of(lastTargetYear, 12, 31);
        }
    }

    /** A document's tasks were written: assign those that have no occurrence yet, in the same transaction. */
    @EventListener
    void onTasksRecorded(TasksRecorded event) {
        assign(read(" WHERE t.document_id = ? AND NOT EXISTS (SELECT 1 FROM task_occurrence o WHERE o.task_id = t.id)",
                List.of(event.documentId())));
    }

    /**
     * Generates the occurrences that have come within the horizon, and assigns tasks written before the follow-up
     * existed; run at start-up and each night for every organisation.
     */
    @Transactional
    public int extendToHorizon(long organisationId) {
        List<Long> ids = occurrences.findNeedingOccurrences(organisationId, horizon());
        if (ids.isEmpty()) {
            return 0;
        }
        return assign(read(" WHERE t.id IN (" + String.join(",", ids.stream().map(id -> "?").toList()) + ")", ids));
    }

    private int assign(List<TaskToAssign> tasks) {
        int created = 0;
        for (TaskToAssign task : tasks) {
            created += assign(task);
        }
        return created;
    }

    private int assign(TaskToAssign task) {
        List<OccurrenceRow> existing = occurrences.findByTaskIdOrderBySequence(task.id());
        Map<Long, PartRole> units = existing.isEmpty() ? unitsOf(task) : unitsOf(parts.findByOccurrenceId(existing.getLast().id()));
        List<Slot> slots = slots(task, existing.isEmpty() ? null : existing.getLast());
        int sequence = existing.isEmpty() ? 0 : existing.getLast().sequence() + 1;
        for (Slot slot : slots) {
            OccurrenceRow occurrence = occurrences.save(new OccurrenceRow(null, task.id(), sequence++, slot.periodStart(), slot.due()));
            units.forEach((unitId, role) -> parts.save(new PartRow(null, task.organisationId(), task.id(), occurrence.id(), unitId,
                    role.name(), occurrence.dueOn(), TaskStatus.NOT_STARTED.name(), 0, null, null, clock.instant(), null)));
        }
        if (existing.isEmpty()) {
            notifications.assigned(task.organisationId(), task.id(), units.keySet());
        }
        return slots.size();
    }

    private List<Slot> slots(TaskToAssign task, @Nullable OccurrenceRow last) {
        if (task.recurrence() == null) {
            return last != null ? List.of() : List.of(new Slot(null, task.deadline()));
        }
        return OccurrenceSchedule.slots(task.recurrence(), task.documentDate(), task.end(), last == null ? null : last.dueOn(), horizon());
    }

    private Map<Long, PartRole> unitsOf(TaskToAssign task) {
        Map<Long, PartRole> units = new LinkedHashMap<>();
        if (!task.hasChildren()) {
            units.put(task.leadUnitId() != null ? task.leadUnitId() : task.ownerUnitId(), PartRole.LEAD);
        }
        sql.list("SELECT DISTINCT unit_id FROM task_coordinator WHERE task_id = ? AND unit_id IS NOT NULL", List.of(task.id()),
                row -> row.getLong(1)).forEach(unitId -> units.putIfAbsent(unitId, PartRole.COORDINATE));
        return units;
    }

    /** The units of the last occurrence that still exist: one merged or split away hands its duty to its successors. */
    private Map<Long, PartRole> unitsOf(List<PartRow> lastParts) {
        Map<Long, PartRole> units = new LinkedHashMap<>();
        lastParts.forEach(part -> units.put(part.unitId(), PartRole.valueOf(part.role())));
        if (!units.isEmpty()) {
            List<Object> ids = new ArrayList<>(units.keySet());
            sql.list("SELECT id FROM unit WHERE valid_to IS NOT NULL AND id IN (" + TaskBoard.placeholders(ids.size()) + ")", ids,
                    row -> row.getLong(1)).forEach(units::remove);
        }
        return units;
    }

    private List<TaskToAssign> read(String where, List<?> parameters) {
        return sql.list(TASK + where + " ORDER BY t.id", parameters, row -> {
            Integer lastTargetYear = row.getObject("last_target_year") == null ? null : row.getInt("last_target_year");
            LocalDate issuedOn = Sql.date(row, "issued_on");
            return new TaskToAssign(row.getLong("id"), row.getLong("organisation_id"), row.getLong("document_id"),
                    Sql.nullableLong(row, "parent_task_id"), Sql.nullableLong(row, "lead_unit_id"),
                    DeadlineType.valueOf(row.getString("deadline_type")), Sql.date(row, "deadline_date"),
                    row.getString("recurrence") == null ? null : Recurrence.valueOf(row.getString("recurrence")),
                    Sql.date(row, "recurrence_end"), row.getLong("owner_unit_id"),
                    issuedOn != null ? issuedOn : row.getTimestamp("created_at").toInstant().atZone(zone).toLocalDate(),
                    lastTargetYear, row.getLong("children") > 0);
        });
    }

    private LocalDate horizon() {
        return LocalDate.now(clock).plusMonths(HORIZON_MONTHS);
    }
}
