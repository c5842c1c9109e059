package vn.trienkhai.core.document.parsing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw text into logical lines: strips markdown, drops decorative lines, and joins the pieces of
 * a paragraph that a page break split.
 *
 * <p>A line continues the previous one when
 * <ul>
 *   <li>it starts with a lower-case letter ("địa" / "phương rà soát"), unless the previous line is in
 *       capitals: the subject line under "KẾ HOẠCH" starts in lower case but is not part of the heading;</li>
 *   <li>or, after a blank line, the previous line ends with a digit and a dash: a document number cut
 *       in two ("Chỉ thị số 11-" / "CT/TW"), joined without a space;</li>
 *   <li>or, after a blank line, the previous line is a bullet that does not end a sentence and the new
 *       line is plain text ("… về tiếp tục thực hiện" / "Nghị quyết số 33-NQ/TW …").</li>
 * </ul>
 * A line that opens an item (bullet, numbering), the "Nơi nhận" block or a signature never continues.
 * Every line break Java's regular expressions know (U+2028, U+0085 …) ends a line, so that no line holds
 * a character ".*" cannot cross. Text is processed line by line with one growing buffer per paragraph,
 * so the work is linear.
 */
final class LineReader {

    private static final Pattern LEADING_HASHES = Pattern.compile("^\\s*#{1,6}");
    private static final Pattern DECORATION = Pattern.compile("[-_=*.~•\\s]*");
    private static final String SENTENCE_END = ".;:!?…";
    private static final String CLOSING_QUOTES = "”\"’)»";

    private LineReader() {
    }

    static List<TextLine> read(String text) {
        ParseWork.charge(6 * text.length());
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u0085', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        List<TextLine> lines = new ArrayList<>();
        Paragraph current = null;
        boolean blank = false;
        for (String raw : normalized.split("\n", -1)) {
            String cleaned = clean(raw);
            if (cleaned.isEmpty()) {
                blank = true;
                continue;
            }
            if (current != null && current.continuesWith(cleaned, blank)) {
                current.append(cleaned);
            } else {
                if (current != null) {
                    lines.add(current.toLine());
                }
                current = new Paragraph(cleaned, blank);
            }
            blank = false;
        }
        if (current != null) {
            lines.add(current.toLine());
        }
        return lines;
    }

    /** Removes markdown (#, **, *, escaped \*), the "./." end mark and decorative rules ("-----"). */
    static String clean(String raw) {
        ParseWork.charge(2 * raw.length());
        String text = ParseWork.matcher(LEADING_HASHES, raw.replace("\\*", "").replace("*", "")).replaceFirst("");
        text = ParsingText.collapseSpaces(text);
        if (text.endsWith("./.")) {
            text = text.substring(0, text.length() - 2);
        }
        return ParseWork.matcher(DECORATION, text).matches() ? "" : text;
    }

    /** A paragraph being assembled from physical lines. */
    private static final class Paragraph {
        private final StringBuilder text;
        private final boolean blankBefore;
        private final boolean capitals;
        private final boolean bullet;

        Paragraph(String firstLine, boolean blankBefore) {
            this.text = new StringBuilder(firstLine);
            this.blankBefore = blankBefore;
            this.capitals = ParsingText.isAllCaps(firstLine);
            this.bullet = HeadingRecognizer.classify(firstLine).shape() == BodyElement.Shape.BULLET;
        }

        boolean continuesWith(String next, boolean afterBlank) {
            if (capitals || HeadingRecognizer.opensItem(next) || ClosingReader.isClosingMarker(next)) {
                return false;
            }
            if (ParsingText.startsWithLowercaseLetter(next)) {
                return true;
            }
            if (!afterBlank) {
                return false;
            }
            return endsWithBrokenNumber() || bullet && !endsSentence() && !ParsingText.isAllCaps(next);
        }

        void append(String next) {
            if (!endsWithBrokenNumber()) {
                text.append(' ');
            }
            text.append(next);
        }

        TextLine toLine() {
            return new TextLine(text.toString(), blankBefore);
        }

        private boolean endsWithBrokenNumber() {
            int length = text.length();
            return length >= 2 && text.charAt(length - 1) == '-' && Character.isDigit(text.charAt(length - 2));
        }

        private boolean endsSentence() {
            int end = text.length() - 1;
            while (end > 0 && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0) {
                end--;
            }
            ParseWork.charge(text.length() - end);
            return SENTENCE_END.indexOf(text.charAt(end)) >= 0;
        }
    }
}
