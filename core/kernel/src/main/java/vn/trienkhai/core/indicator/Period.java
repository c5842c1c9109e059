package vn.trienkhai.core.indicator;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A period of collection: a month, a quarter, a half-year or a year, named by its kind, year and index within the
 * year (the month 1–12, the quarter 1–4, the half 1–2; 1 for a year). Labels are the ones the reports use: "Tháng
 * 3/2024", "Quý II/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "Năm 2024"; {@link #parse} reads them back
 * and also the short codes {@code 2024-M03}, {@code 2024-Q2}, {@code 2024-H1}, {@code 2024}.
 */
@Serdeable
public record Period(PeriodKind kind, int year, int index) implements Comparable<Period> {

    public static final int FIRST_YEAR = 1945;
    public static final int LAST_YEAR = 2100;
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(M|Q|H)(\\d{1,2}))?", IGNORE_CASE);
    private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2}) ?/ ?(\\d{4})", IGNORE_CASE);
    private static final Pattern QUARTER = Pattern.compile("quý (I|II|III|IV|[1-4]) ?/ ?(\\d{4})", IGNORE_CASE);
    private static final Pattern HALF = Pattern.compile("6 tháng (đầu|cuối) năm (\\d{4})", IGNORE_CASE);
    private static final Pattern YEAR = Pattern.compile("năm (\\d{4})", IGNORE_CASE);

    public Period {
        if (kind == null) {
            throw new IllegalArgumentException("A period needs a kind");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        if (index < 1 || index > kind.perYear()) {
            throw new IllegalArgumentException("A " + kind + " index is 1–" + kind.perYear() + ", not " + index);
        }
    }

    public static Period month(int year, int month) {
        return new Period(PeriodKind.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodKind.QUARTER, year, quarter);
    }

    public static Period halfYear(int year, int half) {
        return new Period(PeriodKind.HALF_YEAR, year, half);
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, year, 1);
    }

    /** The period of {@code kind} holding {@code date}. */
    public static Period of(PeriodKind kind, LocalDate date) {
        return new Period(kind, date.getYear(), (date.getMonthValue() - 1) / kind.months() + 1);
    }

    /** The period of {@code kind} that starts on {@code start}, which must be the first day of one. */
    public static Period starting(PeriodKind kind, LocalDate start) {
        Period period = of(kind, start);
        if (!period.start().equals(start)) {
            throw new IllegalArgumentException(start + " does not start a " + kind);
        }
        return period;
    }

    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * kind.months() + 1, 1);
    }

    /** The last day of the period (inclusive). */
    public LocalDate end() {
        return start().plusMonths(kind.months()).minusDays(1);
    }

    public boolean contains(Period other) {
        return kind.contains(other.kind) && !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /** The periods of the finer (or same) {@code kind} that make this one, in order: a year's four quarters. */
    public List<Period> split(PeriodKind finer) {
        if (!kind.contains(finer)) {
            throw new IllegalArgumentException("A " + kind + " is not made of " + finer + "s");
        }
        int first = (start().getMonthValue() - 1) / finer.months() + 1;
        int count = kind.months() / finer.months();
        return IntStream.range(first, first + count).mapToObj(i -> new Period(finer, year, i)).toList();
    }

    /** The period of the same kind that follows this one. */
    public Period next() {
        return of(kind, end().plusDays(1));
    }

    public Period previous() {
        return of(kind, start().minusDays(1));
    }

    /** The Vietnamese label: "Tháng 3/2024", "Quý II/2024", "6 tháng đầu năm 2024", "Năm 2024". */
    public String label() {
        return switch (kind) {
            case MONTH -> "Tháng " + index + "/" + year;
            case QUARTER -> "Quý " + ROMAN[index - 1] + "/" + year;
            case HALF_YEAR -> "6 tháng " + (index == 1 ? "đầu" : "cuối") + " năm " + year;
            case YEAR -> "Năm " + year;
        };
    }

    /** The short code: {@code 2024-M03}, {@code 2024-Q2}, {@code 2024-H1}, {@code 2024}. */
    public String code() {
        return switch (kind) {
            case MONTH -> "%d-M%02d".formatted(year, index);
            case QUARTER -> year + "-Q" + index;
            case HALF_YEAR -> year + "-H" + index;
            case YEAR -> String.valueOf(year);
        };
    }

    /** Reads a label or a code, ignoring case and surrounding spaces; empty when it is neither or out of range. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            Matcher matcher = CODE.matcher(value);
            if (matcher.matches()) {
                int year = Integer.parseInt(matcher.group(1));
                if (matcher.group(2) == null) {
                    return Optional.of(year(year));
                }
                int index = Integer.parseInt(matcher.group(3));
                return Optional.of(switch (matcher.group(2).toUpperCase(java.util.Locale.ROOT)) {
                    case "M" -> month(year, index);
                    case "Q" -> quarter(year, index);
                    default -> halfYear(year, index);
                });
            }
            if ((matcher = MONTH.matcher(value)).matches()) {
                return Optional.of(month(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))));
            }
            if ((matcher = QUARTER.matcher(value)).matches()) {
                return Optional.of(quarter(Integer.parseInt(matcher.group(2)), quarterIndex(matcher.group(1))));
            }
            if ((matcher = HALF.matcher(value)).matches()) {
                return Optional.of(halfYear(Integer.parseInt(matcher.group(2)), "đầu".equalsIgnoreCase(matcher.group(1)) ? 1 : 2));
            }
            if ((matcher = YEAR.matcher(value)).matches()) {
                return Optional.of(year(Integer.parseInt(matcher.group(1))));
            }
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int quarterIndex(String roman) {
        for (int i = 0; i < ROMAN.length; i++) {
            if (ROMAN[i].equalsIgnoreCase(roman)) {
                return i + 1;
            }
        }
        return Integer.parseInt(roman);
    }

    /** Earlier periods first; of two starting on the same day, the shorter first. */
    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : Integer.compare(kind.months(), other.kind.months());
    }

    @Override
    public String toString() {
        return code();
    }
}
