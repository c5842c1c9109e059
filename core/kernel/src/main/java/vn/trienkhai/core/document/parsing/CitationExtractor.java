package vn.trienkhai.core.document.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the documents cited in the opening paragraphs of a plan.
 *
 * <p>An opening such as "Thực hiện Kế hoạch 168-KH/TU, ngày 22/9/2020 của Tỉnh ủy về “việc quán triệt …
 * Chỉ thị 44-CT/TW của Ban Bí thư …”" names the plan it implements (168-KH/TU) and, inside that plan's
 * subject, the directive 168 itself implements (44-CT/TW). Only the first kind belongs in
 * {@code implementsDocs}; the second is kept in {@code mentioned} so that it is not lost. The rule:
 * the first citation of a paragraph is top-level; a later one is top-level only when it opens a new
 * member of the list, i.e. the last separator before its kind name is ";" or "và" (or "Căn cứ"), and
 * it is not inside quotation marks. After "về", "thực hiện", "của", a comma or an opening quote it is
 * nested. A symbol is listed once, in the first list that has it (implements, based on, mentioned).
 */
final class CitationExtractor {

    /** Separators that may precede the kind name of a citation ("…; Hướng dẫn số 49-HD/BTGTU"). */
    private static final Pattern SEPARATOR = Pattern.compile(
            ";|,|“|\"|\\(|(?<!\\p{L})(?:va|ve|thuc hien|cua|can cu)(?!\\p{L})");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "\\s{0,3},?\\s{0,3}ngày\\s{1,3}" + DateExpressions.DAY_MONTH_YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISSUER_AFTER = Pattern.compile(
            "\\s{0,3},?\\s{0,3}của\\s{1,3}(\\p{Lu}[\\p{L} ]{0,80})");
    private static final Pattern ISSUER_END = Pattern.compile(
            "\\s(?:về|khóa|khoá|thực hiện|thi hành|ban hành|hướng dẫn|quy định|ngày|số|nhằm|trong|tại|đến)(?!\\p{L})");
    private static final int LOOK_BEHIND = 60;

    /** The three lists of {@link ImportDraft}, deduplicated by symbol. */
    record Citations(List<CitedDocument> implementsDocs, List<CitedDocument> basedOn, List<CitedDocument> mentioned) {
    }

    private CitationExtractor() {
    }

    static Citations extract(List<String> implementsOpenings, List<String> basedOnOpenings) {
        Map<String, CitedDocument> implementsDocs = new LinkedHashMap<>();
        Map<String, CitedDocument> basedOn = new LinkedHashMap<>();
        Map<String, CitedDocument> mentioned = new LinkedHashMap<>();
        implementsOpenings.forEach(paragraph -> read(paragraph, implementsDocs, mentioned));
        basedOnOpenings.forEach(paragraph -> read(paragraph, basedOn, mentioned));
        basedOn.keySet().removeAll(implementsDocs.keySet());
        mentioned.keySet().removeAll(implementsDocs.keySet());
        mentioned.keySet().removeAll(basedOn.keySet());
        return new Citations(List.copyOf(implementsDocs.values()), List.copyOf(basedOn.values()),
                List.copyOf(mentioned.values()));
    }

    private static void read(String paragraph, Map<String, CitedDocument> topLevel, Map<String, CitedDocument> nested) {
        List<DocumentNumberScanner.Match> matches = DocumentNumberScanner.scan(paragraph);
        int quoteDepth = 0;
        int scanned = 0;
        for (int i = 0; i < matches.size(); i++) {
            DocumentNumberScanner.Match match = matches.get(i);
            quoteDepth = quoteDepth(paragraph, scanned, match.start(), quoteDepth);
            scanned = match.start();
            boolean top = i == 0 || quoteDepth == 0 && opensListMember(paragraph, match.start());
            CitedDocument cited = cite(paragraph, match);
            (top ? topLevel : nested).putIfAbsent(cited.symbol(), cited);
        }
    }

    private static CitedDocument cite(String paragraph, DocumentNumberScanner.Match match) {
        int position = match.end();
        LocalDate issuedOn = null;
        Matcher date = ParseWork.matcher(DATE_AFTER, paragraph).region(position, paragraph.length());
        if (date.lookingAt()) {
            issuedOn = DateExpressions.date(date).orElse(null);
            position = date.end();
        }
        String issuer = null;
        Matcher of = ParseWork.matcher(ISSUER_AFTER, paragraph).region(position, paragraph.length());
        if (of.lookingAt()) {
            issuer = issuerName(of.group(1));
        }
        DocumentNumber number = match.number();
        return new CitedDocument(number.symbol(), number.kind(), issuedOn, issuer);
    }

    /** "Ban Chấp hành Đảng bộ tỉnh Lai Châu về tiếp tục …" gives "Ban Chấp hành Đảng bộ tỉnh Lai Châu". */
    private static String issuerName(String words) {
        Matcher end = ParseWork.matcher(ISSUER_END, words);
        return (end.find() ? words.substring(0, end.start()) : words).strip();
    }

    private static boolean opensListMember(String paragraph, int numberStart) {
        int from = Math.max(0, numberStart - LOOK_BEHIND);
        Matcher separator = ParseWork.matcher(SEPARATOR, ParsingText.fold(paragraph.substring(from, numberStart)));
        String last = null;
        while (separator.find()) {
            last = separator.group();
        }
        return last != null && (last.equals(";") || last.equals("va") || last.equals("can cu"));
    }

    private static int quoteDepth(String text, int from, int to, int depth) {
        ParseWork.charge(to - from);
        int result = depth;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                result++;
            } else if (c == '”') {
                result = Math.max(0, result - 1);
            } else if (c == '"') {
                result = result > 0 ? 0 : 1;
            }
        }
        return result;
    }
}
