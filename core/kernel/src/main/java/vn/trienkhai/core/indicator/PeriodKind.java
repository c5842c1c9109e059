package vn.trienkhai.core.indicator;

/** How long a period of collection is; each kind's periods tile the year. Labels are {@code indicator.period-kind.<NAME>}. */
public enum PeriodKind {
    MONTH(12),
    QUARTER(4),
    HALF_YEAR(2),
    YEAR(1);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    /** How many periods of this kind a year has: the valid indexes are 1 to this. */
    public int perYear() {
        return perYear;
    }

    public int months() {
        return 12 / perYear;
    }

    /** Whether every period of {@code finer} lies inside exactly one period of this kind. */
    public boolean contains(PeriodKind finer) {
        return finer.months() <= months();
    }
}
