package vn.trienkhai.core.document.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the units a task names: who leads (chủ trì) and who coordinates (phối hợp).
 *
 * <p>A unit phrase starts with a unit word ("Ban", "Văn phòng", "Cấp ủy", "Đảng ủy", "UBND", "các chi",
 * "Mỗi cấp ủy" …) and runs up to the first action word ("chủ trì", "phối hợp", "tham mưu", "tổ chức",
 * "xây dựng", "tăng cường", "thường xuyên", "căn cứ", "cần" …). Action words are matched with their
 * diacritics ("cần" is not "cán bộ") and not right after "Ban" ("Ban Tổ chức", "Ban Chỉ đạo" are units);
 * "tổ chức" is a noun after "các" or before "đảng", "cơ sở", "chính trị". So
 * <ul>
 *   <li>"Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu …" leads with
 *       "Ban Tuyên giáo Huyện ủy", coordinated by "Văn phòng Huyện ủy";</li>
 *   <li>"Giao Ban Tuyên giáo Đảng ủy chủ trì, phối hợp các ban, Văn phòng Đảng ủy, …" drops "Giao";</li>
 *   <li>"Hằng tháng, Đảng ủy Các cơ quan tỉnh tổ chức …" drops the leading time phrase;</li>
 *   <li>a numbered item "Các chi, đảng bộ cơ sở, …: tập trung …" leads with the part before the colon,
 *       and an item that is only a unit name ("1. Ban Tuyên giáo Thị ủy") leads the paragraphs under it.</li>
 * </ul>
 * Coordinating units are read only when "phối hợp" directly follows the lead (after an optional
 * "chủ trì,"); they are split at commas and semicolons, and a piece that does not start with a unit
 * word is glued back to the previous one ("lãnh đạo cơ quan, đơn vị" stays whole). A lead longer than
 * {@value #MAX_LEAD_WORDS} words, or containing a full stop, is rejected: precision over recall.
 */
final class UnitPhrases {

    private static final String UY = "(?:ủy|uỷ)";
    private static final String UNIT_WORD = "(?:ban(?!\\s+hành)|văn phòng|trung tâm|phòng(?!\\s*,|\\s+chống|\\s+ngừa)"
            + "|(?:cấp|đảng|huyện|thị|tỉnh|thành)\\s+" + UY + "|" + UY + "\\s+ban|chi bộ|chi(?=\\s*,)|đảng bộ|tccs"
            + "|cơ quan|đoàn thể|đoàn(?!\\s+kết)|mặt trận|ubnd|ubmttq|ubkt|sở|trường(?!\\s+hợp)|thường trực"
            + "|chính quyền|bch|btv|(?:ủy|uỷ) ban|công an|chi (?:ủy|uỷ)|chi đoàn|công đoàn|liên đội|tổ dân phố)";
    private static final Pattern UNIT_START = Pattern.compile(
            "(?:(?:các|mỗi|những)\\s+(?:tổ chức|ngành|đơn vị|" + UNIT_WORD + ")|" + UNIT_WORD + ")(?!\\p{L})");
    private static final Pattern ACTION = Pattern.compile("(?<!\\p{L})(?<!ban )(?:chủ trì|phối hợp|tham mưu"
            + "|(?<!các )tổ chức(?! đảng| cơ sở| chính trị)|xây dựng|thực hiện|triển khai|tăng cường|thường xuyên"
            + "|chủ động|tập trung|căn cứ|cần|phải|tiếp tục|quan tâm|trực tiếp|theo dõi|chỉ đạo|hướng dẫn|kiểm tra"
            + "|đôn đốc|xác định|có trách nhiệm|chịu trách nhiệm|phát huy|nâng cao|đẩy mạnh|đổi mới|lãnh đạo|giúp"
            + "|rà soát|đánh giá|định kỳ|bố trí|nghiên cứu|phổ biến|duy trì|kịp thời|(?<!phòng )tổng hợp)(?!\\p{L})");
    private static final Pattern PREFIX = Pattern.compile(
            "giao\\s+|(?:(?:hằng|hàng|mỗi)\\s+(?:tuần|tháng|quý|năm)|định kỳ)\\s*,\\s*");
    private static final Pattern CHAIR = Pattern.compile("chủ trì\\s{0,3},?\\s{0,3}");
    private static final Pattern COOPERATE = Pattern.compile("phối hợp(?:\\s{1,3}chặt chẽ)?(?:\\s{1,3}với)?\\s{1,3}");
    private static final int MAX_LEAD_WORDS = 45;
    private static final int MAX_BARE_UNIT_WORDS = 20;

    /** The units named by a task text. */
    record Assignment(String lead, List<String> coordinating) {
    }

    /** The unit heading a numbered item ("Unit: rest" or a bare unit name) and the text after it. */
    record ItemLabel(String unit, String rest) {
    }

    private UnitPhrases() {
    }

    /** The lead and coordinating units of a task whose text starts with a unit phrase. */
    static Optional<Assignment> assignment(String text) {
        String lower = ParsingText.lower(text);
        int start = skipPrefixes(lower);
        if (!startsWithUnit(lower, start)) {
            return Optional.empty();
        }
        Matcher action = ParseWork.matcher(ACTION, lower).useTransparentBounds(true).region(start, lower.length());
        if (!action.find()) {
            return Optional.empty();
        }
        return validLead(text.substring(start, action.start()))
                .map(lead -> new Assignment(lead, coordinating(text, lower, action.start())));
    }

    /** The unit an item heading names: "Unit: rest", or a bare unit name when paragraphs follow it. */
    static Optional<ItemLabel> itemLabel(String text, boolean hasBody) {
        String lower = ParsingText.lower(text);
        int colon = text.indexOf(':');
        if (colon > 0 && isUnitPhrase(lower, 0, colon)) {
            return validLead(text.substring(0, colon)).map(unit -> new ItemLabel(unit, text.substring(colon + 1).strip()));
        }
        boolean bare = hasBody && !endsSentence(text) && ParsingText.wordCount(text) <= MAX_BARE_UNIT_WORDS;
        return bare && isUnitPhrase(lower, 0, lower.length()) ? Optional.of(new ItemLabel(text, "")) : Optional.empty();
    }

    /** Coordinating units of a text that follows a lead: "chủ trì, phối hợp với …" or "phối hợp …". */
    static List<String> coordinating(String text) {
        return coordinating(text, ParsingText.lower(text), 0);
    }

    private static List<String> coordinating(String text, String lower, int from) {
        int position = from;
        Matcher chair = ParseWork.matcher(CHAIR, lower).region(position, lower.length());
        if (chair.lookingAt()) {
            position = chair.end();
        }
        Matcher cooperate = ParseWork.matcher(COOPERATE, lower).region(position, lower.length());
        if (!cooperate.lookingAt()) {
            return List.of();
        }
        int start = cooperate.end();
        int end = clauseEnd(lower, start);
        // Search from the second character: the list may itself open with "lãnh đạo cơ quan".
        Matcher action = ParseWork.matcher(ACTION, lower).useTransparentBounds(true).region(Math.min(start + 1, end), end);
        if (action.find()) {
            end = action.start();
        }
        return splitUnits(text.substring(start, end));
    }

    private static List<String> splitUnits(String list) {
        ParseWork.charge(list.length());
        List<StringBuilder> units = new ArrayList<>();
        for (String piece : list.split("[,;]")) {
            String unit = piece.strip();
            if (unit.isEmpty()) {
                continue;
            }
            if (units.isEmpty() || startsWithUnit(unit)) {
                units.add(new StringBuilder(unit));
            } else {
                units.getLast().append(", ").append(unit);
            }
        }
        return units.stream().map(StringBuilder::toString).toList();
    }

    private static boolean isUnitPhrase(String lower, int from, int to) {
        return startsWithUnit(lower, from) && !ParseWork.matcher(ACTION, lower).region(from, to).find();
    }

    /** True when the text opens with a unit word ("Ban …", "Các cấp ủy …", "UBND …"). */
    static boolean startsWithUnit(String text) {
        return startsWithUnit(ParsingText.lower(text), 0);
    }

    private static boolean startsWithUnit(String lower, int from) {
        return ParseWork.matcher(UNIT_START, lower).region(from, lower.length()).lookingAt();
    }

    private static int skipPrefixes(String lower) {
        int position = 0;
        Matcher prefix = ParseWork.matcher(PREFIX, lower);
        while (prefix.region(position, lower.length()).lookingAt()) {
            position = prefix.end();
        }
        return position;
    }

    private static Optional<String> validLead(String candidate) {
        String lead = ParsingText.stripTrailing(candidate, ",;:–-");
        boolean valid = !lead.isEmpty() && ParsingText.wordCount(lead) <= MAX_LEAD_WORDS && !lead.contains(". ");
        return valid ? Optional.of(lead) : Optional.empty();
    }

    private static int clauseEnd(String lower, int from) {
        int end = from;
        while (end < lower.length() && ".:;".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        ParseWork.charge(end - from);
        return end;
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && ".;:!?".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
