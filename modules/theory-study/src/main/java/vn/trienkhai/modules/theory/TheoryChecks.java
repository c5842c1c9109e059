package vn.trienkhai.modules.theory;

import vn.trienkhai.core.error.FieldErrors;

import java.time.LocalDate;

/** The checks the module's records share. */
final class TheoryChecks {

    static final int FIRST_YEAR = 2000;

    private TheoryChecks() {
    }

    /** A required day, within the calendar the workspace accepts and not after {@code today}. */
    static void pastDate(FieldErrors errors, String field, LocalDate date, String requiredKey, LocalDate today) {
        if (date == null) {
            errors.add(field, requiredKey);
            return;
        }
        errors.checkDate(field, date);
        if (date.isAfter(today)) {
            errors.add(field, "theory.date.future");
        }
    }

    /** A required count of none or more. */
    static int count(FieldErrors errors, String field, Integer value) {
        if (value == null) {
            errors.add(field, "theory.count.required");
            return 0;
        }
        if (value < 0) {
            errors.add(field, "theory.count.negative");
        }
        return value;
    }

    /** A year from {@link #FIRST_YEAR} to the next one: plans and books are registered ahead, not further. */
    static int year(FieldErrors errors, Integer year, LocalDate today) {
        if (year == null) {
            errors.add("year", "theory.year.required");
            return 0;
        }
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            errors.add("year", "theory.year.range", FIRST_YEAR, today.getYear() + 1);
        }
        return year;
    }
}
