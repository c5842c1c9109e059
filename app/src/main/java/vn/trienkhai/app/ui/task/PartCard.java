package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import vn.trienkhai.core.task.TaskModel.Part;

/** One unit's part of an occurrence: who, in which role, how far, since when done, and what the unit may do. */
final class PartCard extends Div {

    PartCard(Part part, PartDialogs dialogs) {
        addClassName("tk-part");
        getElement().setAttribute("data-part", String.valueOf(part.id()));
        Span unit = new Span(part.unitName() + " · " + TaskLabels.t("task.role." + part.role().name()));
        unit.addClassName("tk-part-unit");
        Div head = new Div(unit, new Span(TaskLabels.t("task.status." + part.status().name())), new TimelinessBadge(part.timeliness()));
        head.addClassName("tk-part-head");
        ProgressBar bar = new ProgressBar(0, 100, part.percent());
        bar.getElement().setAttribute("aria-label", TaskLabels.t("tasks.column.percent"));
        Span percent = new Span(part.percent() + "%");
        Div progress = new Div(bar, percent);
        progress.addClassName("tk-part-progress");
        add(head, progress);
        if (part.doneOn() != null) {
            add(line(TaskLabels.t("task.part.done-on") + ": " + TaskLabels.date(part.doneOn())));
        }
        if (part.completionNote() != null) {
            add(line(TaskLabels.t("task.part.note") + ": " + part.completionNote()));
        }
        Div actions = new Div();
        actions.addClassName("tk-part-actions");
        if (part.mayReport()) {
            actions.add(action("task.part.report", "task-report", () -> dialogs.report(part).open()),
                    action("task.part.status", "task-status", () -> dialogs.status(part).open()));
        }
        if (part.mayComment()) {
            actions.add(action("task.part.comment", "task-comment", () -> dialogs.comment(part).open()));
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    private static Paragraph line(String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName("tk-part-line");
        return line;
    }

    private static Button action(String key, String className, Runnable open) {
        Button button = new Button(TaskLabels.t(key), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }
}
