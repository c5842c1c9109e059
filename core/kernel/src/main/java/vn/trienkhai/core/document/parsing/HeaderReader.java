package vn.trienkhai.core.document.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top of a plan: its number ("Số 102 - KH/HU"), place and date, the heading word
 * ("KẾ HOẠCH"), the subject line(s) under it and the opening "Thực hiện …" / "Căn cứ …" paragraphs.
 *
 * <p>The number and the date are looked for only above the heading, in the letterhead, so that the
 * numbers cited in the subject line are not mistaken for the plan's own. Without a heading the
 * letterhead ends at the first opening paragraph or list item. The subject is the block of lines
 * right under the heading up to the next blank line, unless that block reads as an opening paragraph
 * (it ends with ":" or says "như sau"), in which case the plan has no subject line.
 */
final class HeaderReader {

    private static final Pattern PLACE_AND_DATE = Pattern.compile(
            "(?:(?<place>[^,\\d]{1,60}),\\s{0,3})?ngày\\s{1,3}" + DateExpressions.DAY_MONTH_YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_LINE = Pattern.compile("(?iu)số(?!\\p{L}).*|\\d.*");
    private static final int OPENING_PREFIX = 12;

    /** The opening paragraphs and the index of the first line after them. */
    private record Openings(List<String> implementsOpenings, List<String> basedOnOpenings, int end) {
    }

    private HeaderReader() {
    }

    static DocumentHeader read(List<TextLine> lines) {
        int firstRoman = firstRomanHeading(lines);
        int heading = headingLine(lines, firstRoman);
        int letterheadEnd = heading >= 0 ? heading : letterheadEnd(lines, firstRoman);
        int subjectEnd = heading >= 0 ? subjectEnd(lines, heading + 1, firstRoman) : letterheadEnd;
        List<String> letterhead = texts(lines.subList(0, letterheadEnd));
        Optional<Matcher> placeAndDate = letterhead.stream().map(line -> ParseWork.matcher(PLACE_AND_DATE, line)).filter(Matcher::lookingAt).findFirst();
        Openings openings = openings(lines, subjectEnd, firstRoman);
        return new DocumentHeader(
                ownNumber(letterhead),
                heading >= 0 ? DocumentKind.fromName(lines.get(heading).text()).orElse(null) : null,
                placeAndDate.flatMap(DateExpressions::date).orElse(null),
                placeAndDate.map(m -> m.group("place")).map(String::strip).filter(p -> !p.isEmpty()).orElse(null),
                heading >= 0 && subjectEnd > heading + 1 ? String.join(" ", texts(lines.subList(heading + 1, subjectEnd))) : null,
                openings.implementsOpenings(),
                openings.basedOnOpenings(),
                openings.end());
    }

    private static Openings openings(List<TextLine> lines, int from, int limit) {
        List<String> implementsOpenings = new ArrayList<>();
        List<String> basedOnOpenings = new ArrayList<>();
        int end = from;
        for (; end < limit; end++) {
            String text = lines.get(end).text();
            if (opensWith(text, "thuc hien")) {
                implementsOpenings.add(text);
            } else if (opensWith(text, "can cu")) {
                basedOnOpenings.add(text);
            } else {
                break;
            }
        }
        return new Openings(implementsOpenings, basedOnOpenings, end);
    }

    private static DocumentNumber ownNumber(List<String> letterhead) {
        return letterhead.stream()
                .filter(line -> ParseWork.matcher(NUMBER_LINE, line).matches())
                .map(DocumentNumber::find)
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    private static int firstRomanHeading(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (HeadingRecognizer.classify(lines.get(i).text()).shape() == BodyElement.Shape.ROMAN) {
                return i;
            }
        }
        return lines.size();
    }

    private static int headingLine(List<TextLine> lines, int limit) {
        for (int i = 0; i < limit; i++) {
            String text = lines.get(i).text();
            if (ParsingText.isAllCaps(text) && isKindName(text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean opensParagraph(String text) {
        return opensWith(text, "thuc hien") || opensWith(text, "can cu");
    }

    private static boolean isKindName(String text) {
        ParseWork.charge(text.length());
        return DocumentKind.fromName(text).isPresent();
    }

    private static int letterheadEnd(List<TextLine> lines, int limit) {
        for (int i = 0; i < limit; i++) {
            String text = lines.get(i).text();
            if (opensWith(text, "thuc hien") || opensWith(text, "can cu") || HeadingRecognizer.opensItem(text)) {
                return i;
            }
        }
        return limit;
    }

    /** End of the subject block starting at {@code from}; {@code from} itself when there is no subject. */
    private static int subjectEnd(List<TextLine> lines, int from, int limit) {
        int end = from;
        while (end < limit && (end == from || !lines.get(end).blankBefore() && !opensParagraph(lines.get(end).text()))) {
            end++;
        }
        ParseWork.charge(end - from);
        String block = String.join(" ", texts(lines.subList(from, end)));
        boolean opening = block.endsWith(":") || ParsingText.fold(block).contains("nhu sau");
        return opening ? from : end;
    }

    /** True when the line, or the bullet it is ("- Căn cứ Quyết định …"), starts with the words. */
    private static boolean opensWith(String text, String foldedWords) {
        String words = "-–+•".indexOf(text.charAt(0)) >= 0 ? HeadingRecognizer.classify(text).text() : text;
        return ParsingText.fold(words.substring(0, Math.min(OPENING_PREFIX, words.length()))).startsWith(foldedWords);
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }
}
