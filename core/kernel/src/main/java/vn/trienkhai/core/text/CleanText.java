package vn.trienkhai.core.text;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one form in which free-text names are stored and compared.
 *
 * <p>Browsers and pasted office text send the same visible name in several encodings: NFD or NFC
 * diacritics, no-break or ideographic spaces, zero-width joiners and soft hyphens. Stored as sent,
 * "Tam Đường" typed twice becomes two different rows that look identical. {@link #name} gives the NFC
 * form with invisible characters removed and every kind of space folded to a single plain space;
 * {@link #hasControl} lets callers refuse text carrying NUL or other control characters instead of
 * silently dropping them.
 */
public final class CleanText {

    /** Zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD\\u180E]");
    /** Every Unicode space separator plus tab and line breaks, which a name never needs. */
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\r\\n\\u2028\\u2029]+");
    /** C0/C1 controls other than the whitespace folded above. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\r\\n]]");

    private CleanText() {
    }

    /** NFC, no invisible characters, single plain spaces, stripped; {@code ""} for null. */
    public static String name(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String visible = INVISIBLE.matcher(composed).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** Whether {@code text} holds a control character (NUL, escape…), which no name may contain. */
    public static boolean hasControl(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    /**
     * The scripts of the letters in {@code text}, digits and punctuation aside: {@code {LATIN}} for "ĐU"
     * (Latin with diacritics is Latin), {@code {CYRILLIC, LATIN}} for "ВTG" with a Cyrillic В.
     */
    public static Set<Character.UnicodeScript> letterScripts(String text) {
        return name(text).codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Character.UnicodeScript.class)));
    }
}
