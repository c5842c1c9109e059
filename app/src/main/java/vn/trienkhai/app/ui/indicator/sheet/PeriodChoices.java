package vn.trienkhai.app.ui.indicator.sheet;

import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** The periods a data set's figures are collected for, of the last few years, the latest first. */
final class PeriodChoices {

    private static final int YEARS = 6;

    private PeriodChoices() {
    }

    static List<Period> of(DataSet dataSet, LocalDate today) {
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        dataSet.indicators().forEach(indicator -> kinds.addAll(indicator.periodKinds()));
        return IntStream.rangeClosed(today.getYear() - YEARS + 1, today.getYear()).boxed()
                .flatMap(year -> kinds.stream().flatMap(kind -> Period.year(year).split(kind).stream()))
                .filter(period -> !period.start().isAfter(today))
                .sorted(Comparator.comparing(Period::end).reversed().thenComparing(Period::start))
                .toList();
    }

    /** The latest period that has ended: the one usually being reported. */
    static Period usual(List<Period> periods, LocalDate today) {
        return periods.stream().filter(period -> period.end().isBefore(today)).findFirst().orElse(periods.isEmpty() ? null : periods.getFirst());
    }
}
