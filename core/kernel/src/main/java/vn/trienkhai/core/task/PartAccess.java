package vn.trienkhai.core.task;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.task.internal.TaskRepositories.PartRepository;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.util.List;

/**
 * Who works on a part (DD003): the accounts whose scope holds the part's unit, officers and the unit's reporters;
 * a part outside the actor's scope is not found. Commenting reaches further: any unit with a part in the same task
 * (a coordinating unit on the lead's part) may comment.
 */
@Singleton
class PartAccess {

    private final PartRepository parts;
    private final Sql sql;
    private final AccessPolicy policy;
    private final Messages messages;

    PartAccess(PartRepository parts, Sql sql, AccessPolicy policy, Messages messages) {
        this.parts = parts;
        this.sql = sql;
        this.policy = policy;
        this.messages = messages;
    }

    /** The part, when it lies in the actor's scope and the actor may do {@code operation}. */
    PartRow workable(Actor actor, long partId, Operation operation) {
        PartRow part = find(actor, partId);
        policy.require(actor, operation, part.organisationId(), unitPath(part.unitId()));
        return part;
    }

    /** The part, when the actor's scope holds a part of its task, or of the group's task it belongs to. */
    PartRow commentable(Actor actor, long partId) {
        PartRow part = find(actor, partId);
        policy.require(actor, Operation.TASK_COMMENT);
        boolean related = sql.list("SELECT u.path FROM task_part p JOIN unit u ON u.id = p.unit_id JOIN task t ON t.id = p.task_id"
                        + " WHERE t.id = ? OR t.parent_task_id = ? OR t.id = (SELECT parent_task_id FROM task WHERE id = ?)",
                List.of(part.taskId(), part.taskId(), part.taskId()), row -> row.getString(1)).stream()
                .anyMatch(path -> policy.inScope(actor, part.organisationId(), path));
        if (!related) {
            throw notFound();
        }
        return part;
    }

    PartRow find(Actor actor, long partId) {
        PartRow part = parts.findById(partId).orElseThrow(this::notFound);
        if (part.organisationId() != actor.organisationId() && !actor.has(Role.SYSTEM_ADMIN)) {
            throw notFound();
        }
        return part;
    }

    String unitPath(long unitId) {
        return sql.list("SELECT path FROM unit WHERE id = ?", List.of(unitId), row -> row.getString(1)).getFirst();
    }

    NotFoundException notFound() {
        return new NotFoundException("task.not-found", messages.get("task.not-found"));
    }
}
