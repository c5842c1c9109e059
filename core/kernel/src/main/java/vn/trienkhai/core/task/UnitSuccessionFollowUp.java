package vn.trienkhai.core.task;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.UnitEvents.UnitSplit;
import vn.trienkhai.core.unit.UnitEvents.UnitsMerged;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The open work of units that are merged or split carries over to their successors, in the restructuring's
 * transaction: merged units' open parts become the successor's (where it has none of its own in that occurrence),
 * and a split unit's open parts go to every successor, the old part closed as cancelled with the reason. Finished
 * work stays with the unit that did it, so that the counts of earlier periods do not change.
 */
@Singleton
class UnitSuccessionFollowUp {

    private static final String OPEN = " status IN ('NOT_STARTED', 'IN_PROGRESS')";

    private final Sql sql;
    private final Messages messages;
    private final Clock clock;

    UnitSuccessionFollowUp(Sql sql, Messages messages, Clock clock) {
        this.sql = sql;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void onMerged(UnitsMerged event) {
        for (long predecessor : event.predecessorIds()) {
            sql.update("UPDATE task_part SET unit_id = ?, version = version + 1 WHERE unit_id = ? AND" + OPEN
                    + " AND NOT EXISTS (SELECT 1 FROM task_part q WHERE q.occurrence_id = task_part.occurrence_id"
                    + " AND q.unit_id = ? AND q.role = task_part.role)", List.of(event.successorId(), predecessor, event.successorId()));
        }
    }

    @EventListener
    void onSplit(UnitSplit event) {
        for (long successor : event.successorIds()) {
            List<Object> parameters = new ArrayList<>(List.of(successor, clock.instant(), event.predecessorId()));
            sql.update("INSERT INTO task_part (organisation_id, task_id, occurrence_id, unit_id, role, due_on, status, percent,"
                    + " updated_at, version) SELECT organisation_id, task_id, occurrence_id, ?, role, due_on, status, percent, ?, 0"
                    + " FROM task_part WHERE unit_id = ? AND" + OPEN, parameters);
        }
        sql.update("UPDATE task_part SET status = 'CANCELLED', completion_note = ?, updated_at = ?, version = version + 1"
                + " WHERE unit_id = ? AND" + OPEN, List.of(messages.get("task.unit.split"), clock.instant(), event.predecessorId()));
    }
}
