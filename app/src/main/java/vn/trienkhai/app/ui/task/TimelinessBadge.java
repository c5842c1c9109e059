package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Span;
import vn.trienkhai.core.task.TaskModel.Timeliness;

import java.util.Locale;

/**
 * Where a part stands against its deadline, in the colours the offices' reviews use: green done on time, orange
 * done late, blue within the deadline, amber due soon, red overdue. The word is there too, for who cannot tell
 * the colours apart.
 */
final class TimelinessBadge extends Span {

    TimelinessBadge(Timeliness timeliness) {
        addClassName("tk-timeliness");
        if (timeliness == null) {
            setText("—");
            return;
        }
        setText(TaskLabels.t("task.timeliness." + timeliness.name()));
        addClassName("tk-timeliness-" + timeliness.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
