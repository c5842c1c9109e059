package vn.trienkhai.app.api.indicator;

import jakarta.inject.Singleton;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;

/**
 * A period given as query parameters: its kind, year and index within the year (the month 1–12, the quarter 1–4,
 * the half 1–2; none for a year). A missing or out-of-range part is a field error named after the parameter, so
 * that {@code ?kind=QUARTER&year=2024&index=5} answers 422 on {@code index}.
 */
@Singleton
class PeriodParameters {

    /** The most points a series answers: ten years of months. */
    static final int MAX_POINTS = 120;

    private final Messages messages;

    PeriodParameters(Messages messages) {
        this.messages = messages;
    }

    /** The period, or a 422 naming {@code prefix + "kind"}, {@code "year"} or {@code "index"}. */
    Period period(String prefix, PeriodKind kind, Integer year, Integer index) {
        FieldErrors errors = new FieldErrors(messages);
        if (kind == null) {
            errors.add(prefix + "kind", "indicator.api.period.kind.required");
        }
        if (year == null || year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            errors.add(prefix + "year", "indicator.api.period.year", Period.FIRST_YEAR, Period.LAST_YEAR);
        }
        int within = kind == PeriodKind.YEAR || index == null ? 1 : index;
        if (kind != null && (within < 1 || within > kind.perYear() || kind != PeriodKind.YEAR && index == null)) {
            errors.add(prefix + "index", "indicator.api.period.index", kind.perYear());
        }
        errors.throwIfAny();
        return new Period(kind, year, within);
    }

    /** Refuses a series that ends before it starts, or so long that a chart could not show it. */
    void ordered(Period from, Period to) {
        FieldErrors errors = new FieldErrors(messages);
        if (from.compareTo(to) > 0) {
            errors.add("to.year", "indicator.api.period.before-start");
        } else if ((to.year() - from.year()) * from.kind().perYear() + to.index() - from.index() >= MAX_POINTS) {
            errors.add("to.year", "indicator.api.period.too-long", MAX_POINTS);
        }
        errors.throwIfAny();
    }
}
