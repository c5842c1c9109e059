package vn.trienkhai.core.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding and ordering of Vietnamese text.
 *
 * <p>Search ignores diacritics and case: {@code fold("Tam Đường")} is {@code "tam duong"}, so a stored
 * folded key matches what a user types without accents. Ordering follows the Vietnamese alphabet
 * (a ă â b c d đ e ê …), which neither byte order nor a database's default collation gives; {@link
 * #sortKey} turns the JDK's Vietnamese collation key into a hex string, and hex digits sort the same
 * under every database collation, so {@code ORDER BY sort_key} pages in Vietnamese order on H2 and
 * PostgreSQL alike.
 */
public final class VietnameseText {

    public static final Locale LOCALE = Locale.of("vi", "VN");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(VietnameseText::newCollator);

    private VietnameseText() {
    }

    /** Lower case, no diacritics, đ as d, single spaces: the form that search compares. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A key whose plain string order is the Vietnamese order of {@code text}. */
    public static String sortKey(String text) {
        byte[] key = COLLATOR.get().getCollationKey(text == null ? "" : text.strip()).toByteArray();
        return HexFormat.of().formatHex(key);
    }

    /** Compares strings in Vietnamese alphabetical order. */
    public static Comparator<String> order() {
        return (left, right) -> COLLATOR.get().compare(left, right);
    }

    private static Collator newCollator() {
        Collator collator = Collator.getInstance(LOCALE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
