package vn.trienkhai.core.document.parsing;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.trienkhai.core.text.VietnameseText;

/**
 * Text helpers for the parser.
 *
 * <p>Keywords are compared in two ways: {@link vn.trienkhai.core.text.VietnameseText#fold} drops
 * diacritics, for words that real documents spell inconsistently ("ủy"/"uỷ", "KẾ HOẠCH"/"Kế hoạch"),
 * while {@link #lower} keeps them and preserves the length of the text, so that a match found in the
 * lowered copy can be cut out of the original at the same offsets, and "cần" is not taken for "cán".
 * Each helper charges the length of its text to {@link ParseWork}.
 */
final class ParsingText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    private ParsingText() {
    }

    /** {@link VietnameseText#fold}: lower case, no diacritics, single spaces. */
    static String fold(String text) {
        ParseWork.charge(text.length());
        return VietnameseText.fold(text);
    }

    /** Lower case with the same length as the text, so that offsets stay valid in the original text. */
    static String lower(String text) {
        ParseWork.charge(text.length());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() == text.length()) {
            return lower;
        }
        // A few characters ("İ") lower-case into two; map character by character instead.
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Collapses every run of whitespace (including no-break spaces) into one space and trims. */
    static String collapseSpaces(String text) {
        return ParseWork.matcher(WHITESPACE, text).replaceAll(" ").strip();
    }

    /** True when the text has at least one letter and no lower-case letter ("KẾ HOẠCH", "I. NỘI DUNG"). */
    static boolean isAllCaps(String text) {
        ParseWork.charge(text.length());
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter;
    }

    static boolean startsWithLowercaseLetter(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    static int wordCount(String text) {
        ParseWork.charge(text.length());
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** Removes trailing spaces and the given punctuation characters. */
    static String stripTrailing(String text, String punctuation) {
        ParseWork.charge(text.length());
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || punctuation.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end).stripLeading();
    }
}
