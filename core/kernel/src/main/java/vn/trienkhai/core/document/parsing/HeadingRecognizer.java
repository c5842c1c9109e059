package vn.trienkhai.core.document.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the marker that opens a logical line: roman headings, numbered items, "(n)" items and
 * bullets. Markdown has already been removed by {@link LineReader}, so "### **I. MỤC ĐÍCH**",
 * "I- MỤC ĐÍCH" and "I. MỤC ĐÍCH" look alike here.
 */
final class HeadingRecognizer {

    private static final Pattern ROMAN = Pattern.compile("([IVX]{1,6})\\s*[.\\-–:)]\\s*(\\S.*)");
    private static final Pattern VALID_ROMAN = Pattern.compile("(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})");
    /** "2.1. Nâng cao", "2.1 Nâng cao" or "2.1- Nâng cao": several levels, final dot optional. */
    private static final Pattern MULTI_LEVEL = Pattern.compile(
            "(\\d{1,2}(?:\\.\\d{1,2}){1,3})(?:\\.?\\s|\\s?[-–]\\s)\\s?(\\S.*)");
    /**
     * "1. Mục đích", "1) …", "1- Mục đích": one level, the separator is required so that "20 năm …" stays
     * plain text; a dash must be followed by a space, so that "12-KH/TU …" and "20-25% …" are not items.
     */
    private static final Pattern ONE_LEVEL = Pattern.compile("(\\d{1,2})(?:[.)]\\s?|\\s?[-–]\\s)\\s?(\\S.*)");
    private static final Pattern ENUMERATED = Pattern.compile("\\((\\d{1,2})\\)\\s*(\\S.*)");
    private static final Pattern BULLET = Pattern.compile("[-–—+•]\\s*(\\S.*)");
    private static final int MAX_SENTENCE_CASE_HEADING_WORDS = 12;

    private HeadingRecognizer() {
    }

    static BodyElement classify(String line) {
        Matcher roman = ParseWork.matcher(ROMAN, line);
        if (roman.matches() && ParseWork.matcher(VALID_ROMAN, roman.group(1)).matches() && looksLikeHeading(roman.group(2))) {
            return new BodyElement(BodyElement.Shape.ROMAN, roman.group(1), roman.group(2));
        }
        BodyElement numbered = numbered(line);
        if (numbered != null) {
            return numbered;
        }
        Matcher enumerated = ParseWork.matcher(ENUMERATED, line);
        if (enumerated.matches()) {
            return new BodyElement(BodyElement.Shape.ENUMERATED, enumerated.group(1), enumerated.group(2));
        }
        Matcher bullet = ParseWork.matcher(BULLET, line);
        if (bullet.matches()) {
            return new BodyElement(BodyElement.Shape.BULLET, "", bullet.group(1));
        }
        return new BodyElement(BodyElement.Shape.PLAIN, "", line);
    }

    /** True for lines that open a new item and so can never continue the previous paragraph. */
    static boolean opensItem(String line) {
        return classify(line).shape() != BodyElement.Shape.PLAIN;
    }

    /**
     * Roman headings are usually in capitals ("II. NỘI DUNG") but some plans write them in sentence
     * case ("II. Nội dung"); a short text that does not end a sentence is accepted too, so that a
     * sentence starting with a roman-looking letter ("V. Lê Văn A phát biểu …") is not.
     */
    private static boolean looksLikeHeading(String text) {
        return ParsingText.isAllCaps(text)
                || ParsingText.wordCount(text) <= MAX_SENTENCE_CASE_HEADING_WORDS && !text.endsWith(".") && !text.endsWith(";");
    }

    private static BodyElement numbered(String line) {
        for (Pattern pattern : new Pattern[] {MULTI_LEVEL, ONE_LEVEL}) {
            Matcher matcher = ParseWork.matcher(pattern, line);
            // "2.000 người" must not read as item 2 with text "000 người".
            if (matcher.matches() && !Character.isDigit(matcher.group(2).charAt(0))) {
                return new BodyElement(BodyElement.Shape.NUMBERED, matcher.group(1), matcher.group(2));
            }
        }
        return null;
    }
}
