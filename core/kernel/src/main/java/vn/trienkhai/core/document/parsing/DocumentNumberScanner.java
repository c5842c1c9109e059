package vn.trienkhai.core.document.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers in running text, with their positions: Party numbers ("102-KH/HU") and state
 * numbers ("1253/QĐ-UBND"). A state number with more after its issuer ("45/QĐ-UBND-VX") or a year
 * ("15/2024/QĐ-UBND") is not read: the form is not supported yet, and a wrong number is worse than none.
 *
 * <p>Spaces and line breaks are tolerated around the dash and the slash ("224- KL/TU",
 * "05 - CT/TW", and the page break in "Chỉ thị số 11-\n\nCT/TW"). Candidates whose kind symbol is
 * unknown ("2-ab/cd") are skipped. Every quantifier is bounded, so scanning is linear.
 */
final class DocumentNumberScanner {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\d/])(\\d{1,6})\\s{0,6}[-–]\\s{0,6}(\\p{L}{1,4})\\s{0,3}/\\s{0,3}([\\p{L}\\d]{1,15})(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}\\d/.,])(?<stateNumber>\\d{1,6})\\s{0,2}/\\s{0,2}(?<stateKind>\\p{L}{1,4})\\s{0,2}[-–]\\s{0,2}"
                    + "(?<stateIssuer>[\\p{L}\\d]{1,15})(?![\\p{L}\\d/]|[-–]\\p{L})");

    /** A number found in text: {@code start} is the offset of its first digit, {@code end} is exclusive. */
    record Match(DocumentNumber number, int start, int end) {
    }

    private DocumentNumberScanner() {
    }

    static List<Match> scan(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        if (text == null) {
            return matches;
        }
        Matcher matcher = ParseWork.matcher(CANDIDATE, text);
        while (matcher.find()) {
            boolean state = matcher.group("stateNumber") != null;
            int number = Integer.parseInt(state ? matcher.group("stateNumber") : matcher.group(1));
            String issuer = state ? matcher.group("stateIssuer") : matcher.group(3);
            DocumentNumber.Convention convention = state ? DocumentNumber.Convention.STATE : DocumentNumber.Convention.PARTY;
            DocumentKind.fromSymbol(state ? matcher.group("stateKind") : matcher.group(2))
                    .filter(kind -> number > 0)
                    .ifPresent(kind -> matches.add(new Match(
                            new DocumentNumber(number, kind, issuer, convention), matcher.start(), matcher.end())));
        }
        return matches;
    }
}
