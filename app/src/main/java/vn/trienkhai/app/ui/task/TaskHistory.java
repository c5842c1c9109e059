package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.trienkhai.core.task.TaskModel.Entry;
import vn.trienkhai.workbench.kit.EmptyState;

import java.util.ArrayList;
import java.util.List;

/** What was reported, said and changed on a task, newest first: the reviews read it backwards from today. */
final class TaskHistory extends Div {

    TaskHistory(List<Entry> entries) {
        setId("task-history");
        addClassName("tk-history");
        if (entries.isEmpty()) {
            add(new EmptyState("vaadin:clock", TaskLabels.t("task.history.empty"), null));
            return;
        }
        List<Entry> newestFirst = new ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        UnorderedList list = new UnorderedList();
        newestFirst.forEach(entry -> list.add(item(entry)));
        add(list);
    }

    private static ListItem item(Entry entry) {
        Span head = new Span(String.join(" · ", TaskLabels.date(entry.date()), entry.unitName(), entry.author(),
                TaskLabels.t("task.entry." + entry.kind().name())));
        head.addClassName("tk-history-head");
        ListItem item = new ListItem(head);
        item.addClassName("tk-history-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (entry.from() != null && entry.to() != null) {
            item.add(new Paragraph(TaskLabels.t("task.entry.status-change", TaskLabels.t("task.status." + entry.from().name()),
                    TaskLabels.t("task.status." + entry.to().name()))));
        }
        if (entry.percent() != null) {
            item.add(new Paragraph(TaskLabels.t("tasks.column.percent") + ": " + entry.percent() + "%"));
        }
        if (entry.text() != null) {
            Paragraph text = new Paragraph(entry.text());
            text.addClassName("tk-history-text");
            item.add(text);
        }
        return item;
    }
}
