package vn.trienkhai.core.task;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.trienkhai.core.document.DocumentEvents.PlanLinked;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.task.TaskModel.EntryKind;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.task.internal.TaskRepositories.EntryRepository;
import vn.trienkhai.core.task.internal.TaskRepositories.PartRepository;
import vn.trienkhai.core.task.internal.TaskRows.EntryRow;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A task asking a unit for its own implementing plan is done the moment that unit, or a body of its subtree (its
 * committee's office), registers a plan implementing the document: dated with the plan's date, noted with its
 * number, in the transaction that registered it. Nobody ticks it by hand.
 */
@Singleton
class OwnPlanFulfilment {

    private record Plan(String label, String issuerPath, LocalDate issuedOn) {
    }

    private final PartRepository parts;
    private final EntryRepository entries;
    private final TaskStatusRollUp rollUp;
    private final PartAccess access;
    private final Sql sql;
    private final Messages messages;
    private final Clock clock;

    OwnPlanFulfilment(PartRepository parts, EntryRepository entries, TaskStatusRollUp rollUp, PartAccess access, Sql sql,
                      Messages messages, Clock clock) {
        this.parts = parts;
        this.entries = entries;
        this.rollUp = rollUp;
        this.access = access;
        this.sql = sql;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void onPlanLinked(PlanLinked event) {
        List<Plan> plans = sql.list("SELECT COALESCE(d.symbol, d.title) AS label, u.path, d.issued_on FROM document d"
                + " JOIN unit u ON u.id = d.issuing_unit_id WHERE d.id = ?", List.of(event.planId()),
                row -> new Plan(row.getString("label"), row.getString("path"), Sql.date(row, "issued_on")));
        if (plans.isEmpty()) {
            return;
        }
        Plan plan = plans.getFirst();
        LocalDate today = LocalDate.now(clock);
        LocalDate doneOn = plan.issuedOn() == null || plan.issuedOn().isAfter(today) ? today : plan.issuedOn();
        String note = messages.get("task.own-plan.fulfilled", plan.label());
        for (PartRow part : parts.findOpenOwnPlanParts(event.implementedId())) {
            if (plan.issuerPath().startsWith(access.unitPath(part.unitId()))) {
                PartRow done = parts.update(part.with(TaskStatus.DONE.name(), 100, doneOn, note, clock.instant()));
                entries.save(new EntryRow(null, part.id(), EntryKind.STATUS.name(), today, event.actor().accountId(),
                        event.actor().login(), note, null, part.status(), TaskStatus.DONE.name(), clock.instant()));
                rollUp.partChanged(done);
            }
        }
    }
}
