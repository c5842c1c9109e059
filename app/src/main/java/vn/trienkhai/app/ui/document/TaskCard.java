package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.ParsedDeadline;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.util.Objects;

/**
 * One task of a draft: whether to keep it, its section and lead on one line that wraps on a phone, the deadline to
 * correct, and its text in a box as wide as the list, so that a task of several sentences reads as written.
 */
class TaskCard extends Div {

    private final ParsedTask task;
    private final Checkbox keep = new Checkbox(true);
    private final TextArea text = new TextArea();
    private final VietnameseDatePicker deadline;

    TaskCard(ParsedTask task) {
        this.task = task;
        addClassName("tk-task");
        keep.setLabel(getTranslation("import.tasks.keep"));
        keep.addValueChangeListener(change -> setClassName("tk-task-left-out", !change.getValue()));
        deadline = new VietnameseDatePicker(null, task.deadline().date());
        deadline.setAriaLabel(getTranslation("document.task.deadline"));
        Div meta = new Div(keep);
        meta.addClassName("tk-task-meta");
        if (task.section() != null) {
            meta.add(label(getTranslation("document.task.section") + " " + task.section()));
        }
        // the deadline's label stays on the line of its box when the line wraps
        Div due = new Div(label(getTranslation("document.task.deadline") + ":"), deadline);
        due.addClassName("tk-task-due");
        meta.add(label(getTranslation("document.task.lead") + ": " + Objects.requireNonNullElse(task.leadUnit(), "—")), due);
        text.setValue(task.text());
        text.setAriaLabel(getTranslation("document.task.text"));
        text.setWidthFull();
        // a long task stays readable without one task filling the list
        text.setMaxHeight("12rem");
        add(meta, text);
    }

    boolean kept() {
        return keep.getValue();
    }

    ParsedTask corrected() {
        ParsedDeadline chosen = Objects.equals(deadline.getValue(), task.deadline().date()) ? task.deadline()
                : deadline.getValue() == null ? ParsedDeadline.NONE : new ParsedDeadline(DeadlineType.DATE, deadline.getValue());
        return new ParsedTask(text.getValue(), task.section(), task.leadUnit(), task.coordinatingUnits(), chosen, task.recurrence());
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("tk-task-label");
        return label;
    }
}
