package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.task.TaskModel.Occurrence;
import vn.trienkhai.core.task.TaskModel.Part;
import vn.trienkhai.core.task.TaskModel.Timeliness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The occurrences of a task with every unit's part. A recurring duty has one per period up to a year ahead, so
 * what needs doing comes first, open: the overdue periods and the next one. The others (done, or further ahead)
 * wait folded below, instead of fifty periods filling the page.
 */
final class OccurrenceList extends Div {

    /** Up to this many occurrences are all shown open: nothing to fold. */
    private static final int SHOWN_ALL = 3;

    OccurrenceList(List<Occurrence> occurrences, Recurrence recurrence, PartDialogs dialogs) {
        setId("task-occurrences");
        addClassName("tk-occurrences");
        List<Occurrence> first = occurrences.size() <= SHOWN_ALL ? occurrences : pressing(occurrences);
        List<Occurrence> rest = occurrences.stream().filter(occurrence -> !first.contains(occurrence)).toList();
        first.forEach(occurrence -> add(occurrence(occurrence, recurrence, occurrences.size() > 1, dialogs)));
        if (!rest.isEmpty()) {
            Div folded = new Div();
            rest.forEach(occurrence -> folded.add(occurrence(occurrence, recurrence, true, dialogs)));
            Details others = new Details(TaskLabels.t("task.occurrences.others", rest.size()), folded);
            others.setId("task-occurrences-others");
            add(others);
        }
    }

    /** The overdue occurrences and the first one still open after them; the first one when nothing is open. */
    private static List<Occurrence> pressing(List<Occurrence> occurrences) {
        LocalDate today = LocalDate.now();
        List<Occurrence> pressing = new ArrayList<>(occurrences.stream()
                .filter(occurrence -> occurrence.parts().stream().anyMatch(part -> part.timeliness() == Timeliness.OVERDUE)).toList());
        occurrences.stream().filter(occurrence -> !pressing.contains(occurrence))
                .filter(occurrence -> occurrence.due() == null || !occurrence.due().isBefore(today))
                .filter(occurrence -> occurrence.parts().stream().anyMatch(OccurrenceList::isOpen))
                .findFirst().ifPresent(pressing::add);
        return pressing.isEmpty() ? List.of(occurrences.getFirst()) : pressing;
    }

    private static boolean isOpen(Part part) {
        return part.timeliness() != null && part.timeliness().isOpen();
    }

    private static Div occurrence(Occurrence occurrence, Recurrence recurrence, boolean numbered, PartDialogs dialogs) {
        String due = TaskLabels.due(recurrence, occurrence.periodStart(), occurrence.due());
        H4 heading = new H4(numbered ? TaskLabels.t("task.occurrence", occurrence.sequence(), due) : TaskLabels.t("task.occurrence.due", due));
        Div box = new Div(heading);
        box.addClassName("tk-occurrence");
        occurrence.parts().forEach(part -> box.add(new PartCard(part, dialogs)));
        if (occurrence.parts().isEmpty()) {
            box.add(new com.vaadin.flow.component.html.Paragraph(TaskLabels.t("task.occurrence.no-parts")));
        }
        return box;
    }
}
