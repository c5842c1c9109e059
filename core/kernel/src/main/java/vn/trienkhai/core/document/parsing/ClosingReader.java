package vn.trienkhai.core.document.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the closing of a plan: the "Nơi nhận" block and the signature.
 *
 * <p>Recipients are the lines after "Nơi nhận:" up to the first blank line or capitals line; a line
 * without a leading dash continues the previous recipient ("Đồng chí Nguyễn Ngọc Vinh, UVBTW" /
 * "Chủ nhiệm UBKT Tỉnh ủy,"). "(b/c)" marks a report, "(t/h)" or "(p/h)" execution, "Lưu …" the archive.
 *
 * <p>The signature starts at a capacity line ("T/M HUYỆN ỦY", "K/T BÍ THƯ", or a bare "BÍ THƯ") and
 * takes every following line in capitals as capacity; the capacity is kept as written, in capitals,
 * joined by ", " ("T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ"), because re-casing Vietnamese body names needs a
 * dictionary. The name is the next line that looks like a person's name; "(Đã ký)" lines are skipped.
 */
final class ClosingReader {

    private static final Pattern CAPACITY_PREFIX = Pattern.compile("(?:T/M|K/T|T/L|TM\\.|KT\\.|TL\\.|TUQ\\.?)\\s*\\S.*");
    private static final Pattern ROLE = Pattern.compile("(?:PHÓ\\s+)?(?:BÍ THƯ|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHỦ TỊCH)");
    private static final Pattern PURPOSE_MARKER = Pattern.compile(
            "\\(\\s*(?:để\\s+)?(b/c|báo cáo|t/h|thực hiện|p/h|phối hợp|biết|đ/b)\\s*\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){1,6}");
    private static final String TRAILING_PUNCTUATION = ",.;";
    private static final int MAX_LINES_BEFORE_NAME = 3;

    private ClosingReader() {
    }

    /** True for "Nơi nhận:" and signature capacity lines: the lines that end the body of a plan. */
    static boolean isClosingMarker(String line) {
        return isRecipientsHeading(line) || isCapacityLine(line);
    }

    /** Index of the first closing line at or after {@code from}; the size of the list when there is none. */
    static int start(List<TextLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (isClosingMarker(lines.get(i).text())) {
                return i;
            }
        }
        return lines.size();
    }

    static List<ParsedRecipient> recipients(List<TextLine> closing) {
        List<StringBuilder> names = new ArrayList<>();
        for (int i = 0; i < closing.size(); i++) {
            String text = closing.get(i).text();
            if (isRecipientsHeading(text)) {
                collectRecipients(closing, i, names);
                break;
            }
        }
        return names.stream().map(name -> recipient(name.toString())).filter(r -> !r.name().isEmpty()).toList();
    }

    static ParsedSigner signer(List<TextLine> closing) {
        int start = 0;
        while (start < closing.size() && !isCapacityLine(closing.get(start).text())) {
            start++;
        }
        List<String> capacity = new ArrayList<>();
        int i = start;
        while (i < closing.size() && ParsingText.isAllCaps(closing.get(i).text())) {
            capacity.add(closing.get(i).text());
            i++;
        }
        for (int limit = i + MAX_LINES_BEFORE_NAME; i < closing.size() && i < limit; i++) {
            String text = closing.get(i).text();
            if (ParseWork.matcher(PERSON_NAME, text).matches()) {
                return new ParsedSigner(text, String.join(", ", capacity));
            }
        }
        return null;
    }

    private static void collectRecipients(List<TextLine> closing, int heading, List<StringBuilder> names) {
        String headingText = closing.get(heading).text();
        String inline = headingText.contains(":") ? headingText.substring(headingText.indexOf(':') + 1).strip() : "";
        if (!inline.isEmpty()) {
            names.add(new StringBuilder(HeadingRecognizer.classify(inline).text()));
        }
        for (int i = heading + 1; i < closing.size(); i++) {
            TextLine line = closing.get(i);
            boolean firstLine = i == heading + 1;
            if (!firstLine && line.blankBefore() || ParsingText.isAllCaps(line.text())) {
                return;
            }
            BodyElement element = HeadingRecognizer.classify(line.text());
            if (element.shape() == BodyElement.Shape.BULLET || names.isEmpty()) {
                names.add(new StringBuilder(element.text()));
            } else {
                names.getLast().append(' ').append(line.text());
            }
        }
    }

    private static ParsedRecipient recipient(String line) {
        String name = ParsingText.stripTrailing(line, TRAILING_PUNCTUATION);
        Matcher marker = ParseWork.matcher(PURPOSE_MARKER, name);
        RecipientPurpose purpose = RecipientPurpose.INFO;
        if (marker.find()) {
            purpose = purposeOf(ParsingText.fold(marker.group(1)));
            name = ParsingText.stripTrailing(name.substring(0, marker.start()) + name.substring(marker.end()), TRAILING_PUNCTUATION);
        }
        String folded = ParsingText.fold(name);
        if (folded.equals("luu") || folded.startsWith("luu ")) {
            purpose = RecipientPurpose.ARCHIVE;
        }
        return new ParsedRecipient(name, purpose);
    }

    private static RecipientPurpose purposeOf(String foldedMarker) {
        return switch (foldedMarker) {
            case "b/c", "bao cao" -> RecipientPurpose.REPORT;
            case "t/h", "thuc hien", "p/h", "phoi hop" -> RecipientPurpose.EXECUTE;
            default -> RecipientPurpose.INFO;
        };
    }

    private static boolean isRecipientsHeading(String line) {
        return ParsingText.fold(line.length() > 20 ? line.substring(0, 20) : line).startsWith("noi nhan");
    }

    private static boolean isCapacityLine(String line) {
        return ParsingText.isAllCaps(line) && (ParseWork.matcher(CAPACITY_PREFIX, line).matches() || ParseWork.matcher(ROLE, line).matches());
    }
}
