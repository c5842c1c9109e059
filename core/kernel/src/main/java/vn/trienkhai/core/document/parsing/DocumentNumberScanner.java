package vn.trienkhai.core.document.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers in running text, with their positions: Party numbers ("102-KH/HU") and state
 * numbers ("1253/QĐ-UBND", "15/2024/QĐ-UBND", the letter "45/UBND-VX"), told apart by
 * {@link DocumentNumber#state}. A state number with more after its second code ("7/QĐ-UBND-VX") is not
 * read: the form is not a real one, and a wrong number is worse than none.
 *
 * <p>Spaces and line breaks are tolerated around the dash and the slash ("224- KL/TU",
 * "05 - CT/TW", and the page break in "Chỉ thị số 11-\n\nCT/TW"). Candidates whose kind symbol is
 * unknown ("2-ab/cd") are skipped. Every quantifier is bounded, so scanning is linear.
 */
final class DocumentNumberScanner {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\d/])(\\d{1,6})\\s{0,6}[-–]\\s{0,6}(\\p{L}{1,4})\\s{0,3}/\\s{0,3}([\\p{L}\\d]{1,15})(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}\\d/.,])(?<stateNumber>\\d{1,6})\\s{0,2}/\\s{0,2}(?:(?<stateYear>(?:19|20)\\d{2})\\s{0,2}/\\s{0,2})?"
                    + "(?<stateFirst>\\p{L}{1,10})\\s{0,2}[-–]\\s{0,2}"
                    + "(?<stateSecond>[\\p{L}\\d]{1,15})(?![\\p{L}\\d/]|[-–]\\p{L})");

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
            (matcher.group("stateNumber") != null ? state(matcher) : party(matcher))
                    .ifPresent(number -> matches.add(new Match(number, matcher.start(), matcher.end())));
        }
        return matches;
    }

    private static Optional<DocumentNumber> party(Matcher matcher) {
        int number = Integer.parseInt(matcher.group(1));
        return DocumentKind.fromSymbol(matcher.group(2))
                .filter(kind -> number > 0)
                .map(kind -> new DocumentNumber(number, kind, matcher.group(3)));
    }

    private static Optional<DocumentNumber> state(Matcher matcher) {
        int number = Integer.parseInt(matcher.group("stateNumber"));
        String year = matcher.group("stateYear");
        return number > 0
                ? DocumentNumber.state(number, year == null ? null : Integer.valueOf(year), matcher.group("stateFirst"),
                        matcher.group("stateSecond"))
                : Optional.empty();
    }
}
