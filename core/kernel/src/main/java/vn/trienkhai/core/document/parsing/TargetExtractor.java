package vn.trienkhai.core.document.parsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numeric targets from the lines of "Mục tiêu" / "Chỉ tiêu" parts.
 *
 * <p>One line often holds several targets ("100% xã, thị trấn có nhà văn hóa, trong đó 84,6% đạt
 * chuẩn; 100% bản …"): each number gives its own target, whose text runs from the number to the end of
 * its clause (";", a full stop, or the parenthesis that encloses the number), capped at
 * {@value #MAX_TEXT} characters. Percentages and sums of money ("… triệu đồng") are read anywhere in
 * the line, physical measures ("12 km") too; a plain count needs a verb before it ("có thêm 03 xã,
 * thị trấn", "đạt 5 …") so that years, item numbers and ranges are not taken for counts. The year of
 * a target is the one its heading names ("Mục tiêu đến năm 2025"), else the first "năm …" of its line.
 */
final class TargetExtractor {

    /** Thousands grouped by dots or commas ("1.500.000"), or a plain number with up to two decimals ("1,5"). */
    private static final String AMOUNT = "\\d{1,3}(?:[.,]\\d{3}){1,4}(?![.,]?\\d)|\\d{1,12}(?:[.,]\\d{1,2})?";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.,])(?<percent>\\d{1,3}(?:[.,]\\d{1,2})?)\\s{0,2}%"
                    + "|(?<![\\p{L}\\d.,])(?<money>" + AMOUNT + ")\\s{1,2}(?:nghìn\\s{1,3}|triệu\\s{1,3}|tỷ\\s{1,3})?đồng(?!\\p{L})"
                    + "|(?<![\\p{L}\\d.,])(?<measure>" + AMOUNT + ")\\s{0,2}(?:km|ha|tấn|giờ|m2|m²)(?!\\p{L})"
                    + "|(?<!\\p{L})(?:có thêm|thêm|có|đạt|ít nhất|tối thiểu)\\s{1,3}(?<count>\\d{1,6})(?![\\d.,%])(?=\\s{1,3}\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
    private static final int MAX_TEXT = 500;

    private TargetExtractor() {
    }

    static List<ParsedTarget> extract(List<OutlineEntry> entries) {
        List<ParsedTarget> targets = new ArrayList<>();
        for (OutlineEntry entry : entries) {
            if (entry.role() == OutlineEntry.Role.TARGETS) {
                Integer year = entry.year() != null ? entry.year() : DateExpressions.yearIn(entry.text());
                read(entry.text(), year, targets);
            }
        }
        return targets;
    }

    private static void read(String text, Integer year, List<ParsedTarget> targets) {
        Matcher matcher = ParseWork.matcher(QUANTITY, text);
        int[] clauseEnds = null;
        while (matcher.find()) {
            String group = firstPresent(matcher, "percent", "money", "measure", "count");
            String written = matcher.group(group);
            int start = matcher.start(group);
            if (clauseEnds == null) {
                clauseEnds = clauseEnds(text);
            }
            int end = Math.min(clauseEnds[start], start + MAX_TEXT);
            String phrase = ParsingText.stripTrailing(text.substring(start, end), ",");
            targets.add(new ParsedTarget(phrase, value(written), unit(group), year));
        }
    }

    private static String firstPresent(Matcher matcher, String... groups) {
        for (String group : groups) {
            if (matcher.group(group) != null) {
                return group;
            }
        }
        throw new IllegalStateException("QUANTITY matched without a group");
    }

    private static TargetUnit unit(String group) {
        return switch (group) {
            case "percent" -> TargetUnit.PERCENT;
            case "money" -> TargetUnit.MONEY;
            case "measure" -> TargetUnit.OTHER;
            default -> TargetUnit.COUNT;
        };
    }

    /** "84,6" gives 84.6; "1.500.000" (dots or commas grouping thousands) gives 1500000. */
    private static BigDecimal value(String written) {
        if (ParseWork.matcher(THOUSANDS, written).matches()) {
            return new BigDecimal(written.replace(".", "").replace(",", ""));
        }
        return new BigDecimal(written.replace(',', '.'));
    }

    /**
     * For every offset, the end of the clause that starts there: the first ";", full stop or ")" at the
     * same depth of parentheses (a ")" at that depth closes a parenthesis that encloses the offset).
     * One pass from the right keeps, for each depth, the nearest such character, so that a line holding
     * many numbers ("1% 1% 1% …") is still read in linear time.
     */
    private static int[] clauseEnds(String text) {
        int length = text.length();
        ParseWork.charge(2 * length);
        int[] depth = new int[length + 1];
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            depth[i + 1] = depth[i] + (c == '(' ? 1 : c == ')' ? -1 : 0);
        }
        // depth[i] lies in [-length, length]; nearest[d + length] is the nearest clause end seen at depth d.
        int[] nearest = new int[2 * length + 1];
        Arrays.fill(nearest, length);
        int[] ends = new int[length];
        for (int i = length - 1; i >= 0; i--) {
            if (endsClause(text, i)) {
                nearest[depth[i] + length] = i;
            }
            ends[i] = nearest[depth[i] + length];
        }
        return ends;
    }

    private static boolean endsClause(String text, int i) {
        char c = text.charAt(i);
        boolean fullStop = c == '.' && (i + 1 == text.length() || !Character.isDigit(text.charAt(i + 1)));
        return c == ';' || c == ')' || fullStop;
    }
}
