package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.UI;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.task.TaskModel.TaskLine;

import java.time.LocalDate;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/** The words and dates the task screens share, so that a list, a card and the task's page say the same thing. */
final class TaskLabels {

    private TaskLabels() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A one-off deadline as a date; a recurring duty's as the period it covers ("01/01/2024 – 30/06/2024"). */
    static String due(Recurrence recurrence, LocalDate periodStart, LocalDate due) {
        if (due == null) {
            return t("task.due.none");
        }
        return recurrence == null || periodStart == null ? date(due) : date(periodStart) + " – " + date(due);
    }

    static String due(TaskLine line) {
        return due(line.recurrence(), line.periodStart(), line.due());
    }

    static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}
