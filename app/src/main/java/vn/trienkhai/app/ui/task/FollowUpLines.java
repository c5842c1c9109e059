package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import vn.trienkhai.core.task.TaskModel.TaskLine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/**
 * A short list of parts (the overdue ones, or those due soon): the task's text linking to its page, the unit,
 * the document and the deadline. The whole list is the task list's to show: this one says how many there are and
 * opens it ("Xem tất cả").
 */
class FollowUpLines extends Div {

    FollowUpLines(String id, String title, String none, List<TaskLine> lines, long total, UnitTasksLink all, LocalDate today) {
        setId(id);
        addClassName("tk-fu-section");
        add(new H3(getTranslation(title, total)));
        if (lines.isEmpty()) {
            add(new Span(getTranslation(none)));
        } else if (lines.size() < total) {
            Span shown = new Span(getTranslation("follow-up.shown", lines.size(), total));
            shown.addClassName("tk-fu-meta");
            add(shown);
        }
        lines.forEach(line -> add(line(line, today)));
        if (total > 0) {
            RouterLink everything = all.around(new Span(getTranslation("follow-up.see-all", total)));
            everything.setId(id + "-all");
            everything.addClassName("tk-fu-see-all");
            add(everything);
        }
    }

    private Div line(TaskLine line, LocalDate today) {
        Anchor task = new Anchor("tasks/" + line.taskId(), line.text());
        task.addClassNames("tk-fu-task", "tk-clamp-2");
        long late = line.due() == null ? 0 : ChronoUnit.DAYS.between(line.due(), today);
        Span due = new Span(late > 0 ? getTranslation("follow-up.line.overdue", DATE.format(line.due()), late)
                : getTranslation("follow-up.line.due", DATE.format(line.due())));
        due.addClassName(late > 0 ? "tk-late" : "tk-fu-due");
        Span where = new Span(line.unitName() + " · " + line.documentLabel());
        where.addClassName("tk-fu-meta");
        Div row = new Div(task, where, due);
        row.addClassName("tk-fu-line");
        return row;
    }
}
