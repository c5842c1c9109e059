package vn.trienkhai.core.document.parsing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deadline of a task: the first expression, in reading order, among
 * <ul>
 *   <li>DATE: "ngày 31/7/2018", "ngày 5 tháng 7 năm 2022" — but not the date of a cited document
 *       ("Chỉ thị số 20-CT/TW ngày 18/01/2018", "… ngày 30/9/2020 của Ban Bí thư");</li>
 *   <li>MONTH: "(xong) trong tháng 3/2022", "tháng 3 năm 2022";</li>
 *   <li>QUARTER: "quý I/2023", "quý 2 năm 2023";</li>
 *   <li>YEAR: "trong năm 2021", "trước năm 2025", "cuối năm 2022", "phấn đấu đến năm 2025",
 *       "từ nay đến năm 2020". A bare "đến năm 2025" is not read: it is too often part of the name of a
 *       strategy or a master plan ("Quy hoạch … đến năm 2025");</li>
 *   <li>RANGE: "2022-2025", "giai đoạn 2022 – 2025", spanning at most ten years, and not a term of
 *       office ("nhiệm kỳ 2020-2025", "khóa …") nor a history period ("giai đoạn 1945 - 2025").</li>
 * </ul>
 * The date given is the last day the deadline allows.
 */
final class DeadlineReader {

    private static final String MONTH_SEPARATOR = "(?:\\s{0,2}/\\s{0,2}|\\s{1,3}năm\\s{1,3})";
    private static final Pattern DEADLINE = Pattern.compile(
            "(?<!\\p{L})(?:ngày\\s{1,3}" + DateExpressions.DAY_MONTH_YEAR
                    + "|tháng\\s{1,3}(?<month>\\d{1,2})" + MONTH_SEPARATOR + "(?<monthYear>\\d{4})"
                    + "|quý\\s{1,3}(?<quarter>IV|I{1,3}|[1-4])" + MONTH_SEPARATOR + "(?<quarterYear>\\d{4})"
                    + "|(?:trong|trước|cuối|phấn đấu đến|từ nay đến)\\s{1,3}năm\\s{1,3}(?<year>\\d{4})(?!\\d)"
                    + "|(?<![/\\d])(?<!nhiệm kỳ )(?<!khóa )(?<!khoá )(?<from>\\d{4})\\s{0,3}[-–]\\s{0,3}(?<to>\\d{4})(?![/\\d]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A document number right before a date, Party ("12-KH/TU") or state ("1253/QĐ-UBND", "15/2024/QĐ-UBND",
     * "45/UBND-VX"): the date is the citation's, not a deadline.
     */
    private static final Pattern NUMBER_BEFORE = Pattern.compile(
            "(?:\\d{1,6}\\s{0,3}[-–]\\s{0,3}\\p{L}{1,4}\\s{0,3}/\\s{0,3}[\\p{L}\\d]{1,15}"
                    + "|\\d{1,6}\\s{0,2}/\\s{0,2}(?:\\d{4}\\s{0,2}/\\s{0,2})?\\p{L}[\\p{L}\\d]{0,9}(?:\\s{0,2}[-–]\\s{0,2}[\\p{L}\\d]{1,10}){1,3})"
                    + "\\s{0,3},?\\s{0,3}$");
    private static final Pattern ISSUER_AFTER = Pattern.compile("\\s{0,3},?\\s{0,3}của(?!\\p{L})");
    private static final int LOOK_BEHIND = 40;
    private static final int MAX_RANGE_YEARS = 10;

    private DeadlineReader() {
    }

    static ParsedDeadline read(String text) {
        Matcher matcher = ParseWork.matcher(DEADLINE, text);
        while (matcher.find()) {
            Optional<ParsedDeadline> deadline = deadline(matcher, text);
            if (deadline.isPresent()) {
                return deadline.get();
            }
        }
        return ParsedDeadline.NONE;
    }

    private static Optional<ParsedDeadline> deadline(Matcher matcher, String text) {
        if (matcher.group("d") != null) {
            return isCitationDate(matcher, text) ? Optional.empty()
                    : DateExpressions.date(matcher).map(date -> new ParsedDeadline(DeadlineType.DATE, date));
        }
        if (matcher.group("month") != null) {
            return endOfMonth(number(matcher, "monthYear"), number(matcher, "month"))
                    .map(date -> new ParsedDeadline(DeadlineType.MONTH, date));
        }
        if (matcher.group("quarter") != null) {
            return endOfMonth(number(matcher, "quarterYear"), 3 * quarter(matcher.group("quarter")))
                    .map(date -> new ParsedDeadline(DeadlineType.QUARTER, date));
        }
        if (matcher.group("year") != null) {
            return Optional.of(new ParsedDeadline(DeadlineType.YEAR, LocalDate.of(number(matcher, "year"), 12, 31)));
        }
        int from = number(matcher, "from");
        int to = number(matcher, "to");
        boolean plausible = to > from && to - from <= MAX_RANGE_YEARS;
        return plausible ? Optional.of(new ParsedDeadline(DeadlineType.RANGE, LocalDate.of(to, 12, 31))) : Optional.empty();
    }

    private static boolean isCitationDate(Matcher matcher, String text) {
        int start = matcher.start();
        String before = text.substring(Math.max(0, start - LOOK_BEHIND), start);
        return ParseWork.matcher(NUMBER_BEFORE, before).find()
                || ParseWork.matcher(ISSUER_AFTER, text).region(matcher.end(), text.length()).lookingAt();
    }

    private static Optional<LocalDate> endOfMonth(int year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month).atEndOfMonth()) : Optional.empty();
    }

    private static int quarter(String written) {
        return switch (written.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    private static int number(Matcher matcher, String group) {
        return Integer.parseInt(matcher.group(group));
    }
}
