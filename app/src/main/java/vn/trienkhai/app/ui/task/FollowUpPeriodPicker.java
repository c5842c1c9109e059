package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import vn.trienkhai.core.task.FollowUpModel.Period;
import vn.trienkhai.core.task.FollowUpModel.PeriodKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The period of the follow-up as the reviews name them: the current view, a year, its first or last six months,
 * or one of its quarters, with the year beside it (unused by the current view).
 */
class FollowUpPeriodPicker extends Div {

    /** One choice of the list: a kind of period and its index in the year. */
    record Choice(PeriodKind kind, int index) {
    }

    /** The first year the seeds' plans speak of; the list runs to next year for the plans issued ahead. */
    private static final int FIRST_YEAR = 2020;

    private final Select<Choice> choice = new Select<>();
    private final Select<Integer> year = new Select<>();

    FollowUpPeriodPicker(LocalDate today, Runnable changed) {
        addClassName("tk-fu-period");
        List<Choice> choices = new ArrayList<>(List.of(new Choice(PeriodKind.CURRENT, 0), new Choice(PeriodKind.YEAR, 1)));
        IntStream.rangeClosed(1, 2).forEach(index -> choices.add(new Choice(PeriodKind.HALF_YEAR, index)));
        IntStream.rangeClosed(1, 4).forEach(index -> choices.add(new Choice(PeriodKind.QUARTER, index)));
        choice.setId("follow-up-period");
        choice.setLabel(getTranslation("follow-up.period"));
        choice.setItems(choices);
        choice.setItemLabelGenerator(item -> getTranslation("follow-up.period." + item.kind().name() + "." + item.index()));
        choice.setValue(choices.getFirst());
        year.setId("follow-up-year");
        year.setLabel(getTranslation("follow-up.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, Math.max(FIRST_YEAR, today.getYear() + 1)).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        year.setValue(today.getYear());
        year.setEnabled(false);
        choice.addValueChangeListener(change -> {
            year.setEnabled(change.getValue().kind() != PeriodKind.CURRENT);
            changed.run();
        });
        year.addValueChangeListener(change -> changed.run());
        add(choice, year);
    }

    Period value() {
        Choice chosen = choice.getValue();
        return chosen.kind() == PeriodKind.CURRENT ? Period.current() : new Period(chosen.kind(), year.getValue(), chosen.index());
    }
}
