package vn.trienkhai.core.document;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentModel.Coordinator;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.document.DocumentRequests.NewTaskRequest;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.TaskRepository;
import vn.trienkhai.core.document.internal.DocumentParts.TaskRow;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.ParsedDeadline;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.text.CleanText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tasks given by hand on a registered document, by the subtree holding it: to units of that subtree (the issuer
 * directs its own units), coordinated by any unit the actor sees. Saved like the tasks of an imported plan, so that
 * they are assigned, fanned out and followed up the same way.
 */
@Singleton
public class DocumentTasks {

    static final int MAX_TEXT = 4000;

    private final DocumentAccess access;
    private final DocumentWriter writer;
    private final TaskRepository tasks;
    private final UnitService units;
    private final Messages messages;

    DocumentTasks(DocumentAccess access, DocumentWriter writer, TaskRepository tasks, UnitService units, Messages messages) {
        this.access = access;
        this.writer = writer;
        this.tasks = tasks;
        this.units = units;
        this.messages = messages;
    }

    @Transactional
    public Task add(Actor actor, long documentId, NewTaskRequest request) {
        DocumentRow document = access.changeable(actor, documentId, Operation.DOCUMENT_REGISTER);
        FieldErrors errors = new FieldErrors(messages);
        String text = errors.checkText("text", request.text(), MAX_TEXT, "task.text.required");
        String section = CleanText.name(request.section());
        if (section.length() > 32) {
            errors.add("section", "task.section.too-long", 32);
        }
        Unit holder = units.get(actor, document.ownerUnitId());
        List<Unit> leads = units(actor, request.leadUnitIds(), "leadUnitIds", errors);
        if (request.leadUnitIds() == null || request.leadUnitIds().isEmpty()) {
            errors.add("leadUnitIds", "task.lead.required");
        } else if (leads.stream().anyMatch(lead -> !lead.path().startsWith(holder.path()))) {
            errors.add("leadUnitIds", "task.lead.outside-holder", holder.name());
        }
        List<Unit> coordinators = units(actor, request.coordinatingUnitIds(), "coordinatingUnitIds", errors).stream()
                .filter(unit -> !leads.contains(unit)).toList();
        ParsedDeadline deadline = deadline(request, errors);
        errors.checkDate("recurrenceEnd", request.recurrenceEnd());
        errors.throwIfAny();

        // the written names stand for the chosen units, as the import's resolver maps a plan's names to the tree
        Map<String, List<Unit>> named = new LinkedHashMap<>();
        String leadName = String.join(", ", leads.stream().map(Unit::name).toList());
        named.put(leadName, leads);
        coordinators.forEach(unit -> named.put(unit.name(), List.of(unit)));
        int position = tasks.findByDocumentIdOrderByPosition(documentId).stream().mapToInt(TaskRow::position).max().orElse(-1) + 1;
        writer.saveTask(actor, documentId, position, new ParsedTask(text, section.isEmpty() ? null : section, leadName,
                coordinators.stream().map(Unit::name).toList(), deadline, request.recurrence()),
                name -> named.getOrDefault(name, List.of()), request.recurrenceEnd());
        writer.tasksRecorded(actor, documentId);
        TaskRow saved = tasks.findByDocumentIdAndParentTaskIdIsNullOrderByPosition(documentId).getLast();
        return new Task(saved.id(), saved.sectionCode(), saved.text(), saved.leadUnitName(), saved.leadUnitId(),
                coordinators.stream().map(unit -> new Coordinator(unit.name(), unit.id())).toList(), deadline.type(), deadline.date(),
                request.recurrence(), DocumentModel.TaskStatus.valueOf(saved.status()));
    }

    /** The units a task on the document may be given to: the active units of the subtree holding it. */
    @ReadOnly
    public List<Unit> leadChoices(Actor actor, long documentId) {
        return units.subtree(actor, access.readable(actor, documentId).ownerUnitId());
    }

    /** The units of {@code ids}, each in the actor's scope; one outside it is refused on the field, as not found. */
    private List<Unit> units(Actor actor, List<Long> ids, String field, FieldErrors errors) {
        List<Unit> found = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids.stream().filter(Objects::nonNull).distinct().toList()) {
            try {
                found.add(units.get(actor, id));
            } catch (NotFoundException outside) {
                errors.add(field, "task.unit.out-of-scope", id);
            }
        }
        return found;
    }

    /** The last day the deadline allows: a month's, quarter's or year's end; a date for DATE and RANGE; none for NONE. */
    private static ParsedDeadline deadline(NewTaskRequest request, FieldErrors errors) {
        DeadlineType type = request.deadlineType() == null ? DeadlineType.NONE : request.deadlineType();
        LocalDate date = request.deadline();
        if (type == DeadlineType.NONE) {
            return ParsedDeadline.NONE;
        }
        if (date == null) {
            errors.add("deadline", "task.deadline.required");
            return ParsedDeadline.NONE;
        }
        errors.checkDate("deadline", date);
        LocalDate last = switch (type) {
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 3, 1).with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
            case DATE, RANGE, NONE -> date;
        };
        return new ParsedDeadline(type, last);
    }
}
