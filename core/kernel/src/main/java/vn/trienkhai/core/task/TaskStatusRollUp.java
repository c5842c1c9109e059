package vn.trienkhai.core.task;

import jakarta.inject.Singleton;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.task.TaskModel.PartRole;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.util.List;

/**
 * Keeps a task's own status, the one its document's page shows, in step with the work: a task is done when its
 * lead's parts are done (the coordinating parts stay open and visible), and a group's task when every unit's
 * child task is. Cancelled parts count as closed, but a task of only cancelled parts is cancelled, not done.
 */
@Singleton
class TaskStatusRollUp {

    private final Sql sql;

    TaskStatusRollUp(Sql sql) {
        this.sql = sql;
    }

    void partChanged(PartRow part) {
        if (!PartRole.LEAD.name().equals(part.role())) {
            return;
        }
        update(part.taskId(), sql.list("SELECT status FROM task_part WHERE task_id = ? AND role = 'LEAD'", List.of(part.taskId()),
                row -> TaskStatus.valueOf(row.getString(1))));
        List<Long> parents = sql.list("SELECT parent_task_id FROM task WHERE id = ? AND parent_task_id IS NOT NULL",
                List.of(part.taskId()), row -> row.getLong(1));
        for (long parent : parents) {
            update(parent, sql.list("SELECT status FROM task WHERE parent_task_id = ?", List.of(parent),
                    row -> TaskStatus.valueOf(row.getString(1))));
        }
    }

    private void update(long taskId, List<TaskStatus> statuses) {
        sql.update("UPDATE task SET status = ?, version = version + 1 WHERE id = ? AND status <> ?",
                List.of(of(statuses).name(), taskId, of(statuses).name()));
    }

    static TaskStatus of(List<TaskStatus> statuses) {
        if (statuses.isEmpty() || statuses.stream().allMatch(TaskStatus.NOT_STARTED::equals)) {
            return TaskStatus.NOT_STARTED;
        }
        if (statuses.stream().allMatch(TaskStatus.CANCELLED::equals)) {
            return TaskStatus.CANCELLED;
        }
        boolean allClosed = statuses.stream().allMatch(status -> status == TaskStatus.DONE || status == TaskStatus.CANCELLED);
        return allClosed ? TaskStatus.DONE : TaskStatus.IN_PROGRESS;
    }
}
