package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The period of a form: a kind among those the data set's indicators are collected for, a year and, for months,
 * quarters and half-years, which one (labelled as the reports write them). It starts on the last finished period:
 * the one offices report on.
 */
class PeriodPicker extends Div {

    private final Select<PeriodKind> kind = new Select<>();
    private final IntegerField year = new IntegerField(IndicatorFormat.t("indicators.entry.year"));
    private final Select<Integer> index = new Select<>();
    private final LocalDate today;
    private final Runnable changed;
    /** Set while the picker moves its own fields, so that one change of kind refreshes the form once. */
    private boolean adjusting;

    PeriodPicker(LocalDate today, Runnable changed) {
        this.today = today;
        this.changed = changed;
        addClassName("tk-ind-period");
        kind.setLabel(IndicatorFormat.t("indicators.entry.period-kind"));
        kind.setId("entry-period-kind");
        kind.setItemLabelGenerator(value -> IndicatorFormat.t("indicator.period-kind." + value.name()));
        year.setId("entry-year");
        year.setMin(Period.FIRST_YEAR);
        year.setMax(Period.LAST_YEAR);
        year.setStepButtonsVisible(true);
        index.setLabel(IndicatorFormat.t("indicators.entry.period"));
        index.setId("entry-period-index");
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                reset(change.getValue());
            }
        });
        year.addValueChangeListener(change -> {
            if (!adjusting) {
                labelIndexes();
                changed.run();
            }
        });
        index.addValueChangeListener(change -> {
            if (!adjusting) {
                changed.run();
            }
        });
        add(kind, year, index);
    }

    /** Offers the kinds given, shortest first, keeping the chosen one if it is still among them. */
    void offer(Set<PeriodKind> kinds) {
        PeriodKind chosen = kind.getValue();
        List<PeriodKind> sorted = kinds.stream().sorted(Comparator.comparingInt(PeriodKind::months)).toList();
        kind.setItems(sorted);
        kind.setValue(sorted.contains(chosen) ? chosen : sorted.isEmpty() ? null : sorted.getLast());
    }

    private void reset(PeriodKind chosen) {
        Period last = Period.of(chosen, today).previous();
        adjusting = true;
        year.setValue(last.year());
        index.setVisible(chosen != PeriodKind.YEAR);
        index.setItems(IntStream.rangeClosed(1, chosen.perYear()).boxed().toList());
        labelIndexes();
        index.setValue(last.index());
        adjusting = false;
        changed.run();
    }

    private void labelIndexes() {
        PeriodKind chosen = kind.getValue();
        int shown = year.getValue() == null ? today.getYear() : Math.clamp(year.getValue(), Period.FIRST_YEAR, Period.LAST_YEAR);
        index.setItemLabelGenerator(value -> chosen == null ? String.valueOf(value) : new Period(chosen, shown, value).label());
    }

    /** The period chosen, or null while the year is empty or out of range. */
    Period value() {
        if (kind.getValue() == null || year.getValue() == null || year.getValue() < Period.FIRST_YEAR || year.getValue() > Period.LAST_YEAR) {
            return null;
        }
        return new Period(kind.getValue(), year.getValue(), kind.getValue() == PeriodKind.YEAR || index.getValue() == null ? 1
                : index.getValue());
    }

}
