package vn.trienkhai.core.document.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese documents write them: "22/9/2020" and "26 tháng 01 năm 2022". */
final class DateExpressions {

    /**
     * Day, month and year in named groups {@code d}, {@code m}, {@code y}; slashes and words may be
     * mixed. Meant to be embedded in larger, case-insensitive patterns after "ngày".
     */
    static final String DAY_MONTH_YEAR =
            "(?<d>\\d{1,2})(?:\\s{0,2}/\\s{0,2}|\\s{1,3}tháng\\s{1,3})(?<m>\\d{1,2})(?:\\s{0,2}/\\s{0,2}|\\s{1,3}năm\\s{1,3})(?<y>\\d{4})";

    private static final Pattern YEAR = Pattern.compile(
            "(?<!\\p{L})năm\\s{1,3}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateExpressions() {
    }

    /** The first year written "năm 2025" in the text, or null. */
    static Integer yearIn(String text) {
        Matcher matcher = ParseWork.matcher(YEAR, text);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    /** The date in the {@code d}, {@code m}, {@code y} groups of a match; empty when it does not exist (31/2). */
    static Optional<LocalDate> date(Matcher matcher) {
        return date(Integer.parseInt(matcher.group("y")), Integer.parseInt(matcher.group("m")),
                Integer.parseInt(matcher.group("d")));
    }

    static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
