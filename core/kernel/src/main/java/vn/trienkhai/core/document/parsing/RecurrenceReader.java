package vn.trienkhai.core.document.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how often a task repeats from the words of its text: "hằng/hàng/mỗi tuần" weekly, "… tháng"
 * monthly, "… quý" or "báo cáo quý" quarterly, "định kỳ 6 tháng" or "6 tháng, cuối năm" half-yearly,
 * "… năm" or "theo từng năm" annual. A bare "định kỳ" states no period and gives nothing.
 *
 * <p>When several are present ("báo cáo quý, 6 tháng, cuối năm") the most frequent wins, since it is
 * the one that drives the reminders. One pattern with a group per {@link Recurrence}, in the order of
 * the enum, reads the text in a single pass.
 */
final class RecurrenceReader {

    private static final String EVERY = "(?:hằng|hàng|mỗi)\\s{1,3}";
    private static final Pattern RECURRENCE = Pattern.compile("(?<!\\p{L})(?:"
            + "(?<WEEKLY>" + EVERY + "tuần)"
            + "|(?<MONTHLY>" + EVERY + "tháng)"
            + "|(?<QUARTERLY>" + EVERY + "quý|(?:báo cáo|định kỳ)\\s{1,3}quý)"
            + "|(?<HALFYEARLY>(?:định kỳ|báo cáo)\\s{1,3}(?:6|sáu)\\s{1,3}tháng|(?:6|sáu)\\s{1,3}tháng\\s{0,2},?\\s{0,2}(?:và\\s{1,3})?cuối năm)"
            + "|(?<ANNUAL>" + EVERY + "năm|theo từng năm)"
            + ")(?!\\p{L})");
    private static final Recurrence[] BY_GROUP = Recurrence.values();

    private RecurrenceReader() {
    }

    /** The most frequent recurrence the text states, or null. */
    static Recurrence read(String text) {
        Matcher matcher = ParseWork.matcher(RECURRENCE, ParsingText.lower(text));
        Recurrence found = null;
        while (matcher.find()) {
            Recurrence recurrence = recurrenceOf(matcher);
            if (found == null || recurrence.compareTo(found) < 0) {
                found = recurrence;
            }
        }
        return found;
    }

    /** Groups are numbered 1 to 5 in the order of {@link Recurrence}. */
    private static Recurrence recurrenceOf(Matcher matcher) {
        for (int group = 1; group <= BY_GROUP.length; group++) {
            if (matcher.group(group) != null) {
                return BY_GROUP[group - 1];
            }
        }
        throw new IllegalStateException("RECURRENCE matched without a group");
    }
}
