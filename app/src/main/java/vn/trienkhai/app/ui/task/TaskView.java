package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.document.DocumentView;
import vn.trienkhai.core.task.TaskAttachments;
import vn.trienkhai.core.task.TaskModel.Part;
import vn.trienkhai.core.task.TaskModel.TaskDetails;
import vn.trienkhai.core.task.TaskPage;
import vn.trienkhai.core.task.TaskWork;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A task's page: what it asks and by when, how far the units of a group are, every unit's part of each occurrence
 * with what the user may do on it, and the history. Every change reads the page again.
 */
@Route(value = "tasks/:taskId([0-9]+)", layout = MainLayout.class)
@Prototype
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAMETER = "taskId";

    private final TaskPage page;
    private final TaskAttachments attachments;
    private final PartDialogs dialogs;
    private long taskId;
    private String title = "";

    TaskView(TaskPage page, TaskWork work, TaskAttachments attachments) {
        this.page = page;
        this.attachments = attachments;
        this.dialogs = new PartDialogs(work, attachments, this::render);
        setId("task");
    }

    public static RouteParameters parameters(long taskId) {
        return new RouteParameters(PARAMETER, String.valueOf(taskId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().getLong(PARAMETER).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        TaskDetails task = page.get(WorkspaceSession.actor(), taskId);
        title = task.section() == null ? getTranslation("task.title") : getTranslation("task.title.section", task.section());
        Paragraph text = new Paragraph(task.text());
        text.addClassName("tk-task-text");
        text.setId("task-text");
        add(new PageHeader(title, null), text, facts(task));
        if (!task.children().isEmpty()) {
            add(new H3(getTranslation("task.children")), new ChildProgressGrid(task.children()));
        }
        if (!task.occurrences().isEmpty()) {
            add(new H3(getTranslation("task.occurrences")), new OccurrenceList(task.occurrences(), task.recurrence(), dialogs));
        }
        Set<Long> reportable = task.occurrences().stream().flatMap(occurrence -> occurrence.parts().stream())
                .filter(Part::mayReport).map(Part::id).collect(Collectors.toSet());
        add(new H3(getTranslation("task.history")), new TaskHistory(task.history(), reportable, attachments, dialogs));
    }

    /** The document it comes from, who leads, by when, and where it stands. */
    private Div facts(TaskDetails task) {
        Div facts = new Div();
        facts.addClassName("tk-task-facts");
        RouterLink document = new RouterLink(task.documentLabel(), DocumentView.class, task.documentId());
        document.setId("task-document");
        document.getElement().setAttribute("title", task.documentTitle());
        facts.add(fact("tasks.column.document", document));
        if (task.parentTaskId() != null) {
            facts.add(fact("task.parent", new RouterLink(getTranslation("task.parent.open"), TaskView.class, parameters(task.parentTaskId()))));
        }
        if (task.leadUnitName() != null) {
            facts.add(fact("task.lead", new Span(task.leadUnitName())));
        }
        facts.add(fact("tasks.column.due", new Span(deadline(task))));
        facts.add(fact("tasks.column.status", new Span(getTranslation("task.status." + task.status().name()))));
        return facts;
    }

    private String deadline(TaskDetails task) {
        if (task.recurrence() != null) {
            String recurrence = getTranslation("recurrence." + task.recurrence().name());
            return task.recurrenceEnd() == null ? recurrence : getTranslation("task.recurrence.until", recurrence, TaskLabels.date(task.recurrenceEnd()));
        }
        if (task.deadline() == null) {
            return getTranslation("deadline.type." + task.deadlineType().name());
        }
        return TaskLabels.date(task.deadline()) + " · " + getTranslation("deadline.type." + task.deadlineType().name());
    }

    private Div fact(String labelKey, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(labelKey) + ":");
        label.addClassName("tk-task-fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("tk-task-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
