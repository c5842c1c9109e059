package vn.trienkhai.core.document.parsing;

import java.text.Normalizer;
import java.util.Optional;
import vn.trienkhai.core.text.VietnameseText;

/**
 * Strict reader behind {@link DocumentNumber#parse}: a hand-written scanner rather than one regular
 * expression, so that each way of failing gets its own Vietnamese message.
 */
final class DocumentNumberSyntax {

    private static final int MAX_DIGITS = 6;

    private final String text;
    private int position;

    private DocumentNumberSyntax(String text) {
        this.text = text;
    }

    static DocumentNumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidDocumentNumberException("Số hiệu văn bản trống");
        }
        String normalized = Normalizer.normalize(input, Normalizer.Form.NFC);
        return new DocumentNumberSyntax(ParsingText.collapseSpaces(normalized)).read();
    }

    private DocumentNumber read() {
        String label = readWhile(c -> !Character.isDigit(c));
        if (position == text.length()) {
            throw new InvalidDocumentNumberException("Thiếu số văn bản");
        }
        Optional<DocumentKind> labelKind = kindOfLabel(label);
        int number = readNumber();
        skipSpaces();
        DocumentNumber.Convention convention = readConvention();
        skipSpaces();
        DocumentKind kind = readKind();
        if (labelKind.isPresent() && labelKind.get() != kind) {
            throw new InvalidDocumentNumberException(
                    "Tên loại văn bản không khớp ký hiệu: " + label.strip() + " / " + kind.symbol());
        }
        skipSpaces();
        boolean separated = convention == DocumentNumber.Convention.PARTY ? consume('/') : consume('-') || consume('–');
        if (!separated) {
            throw new InvalidDocumentNumberException("Thiếu mã cơ quan ban hành");
        }
        skipSpaces();
        String issuer = readWhile(Character::isLetterOrDigit);
        if (issuer.isEmpty()) {
            throw new InvalidDocumentNumberException("Thiếu mã cơ quan ban hành");
        }
        String rest = ParsingText.stripTrailing(text.substring(position), ".,;");
        if (!rest.isEmpty()) {
            throw new InvalidDocumentNumberException("Ký tự thừa sau số hiệu văn bản: " + rest);
        }
        return new DocumentNumber(number, kind, issuer, convention);
    }

    /**
     * A dash after the number is the Party form ("102-KH/HU"), a slash the state form ("1253/QĐ-UBND"),
     * which must then go on with a kind symbol and a dash: "102/HU" lacks the kind.
     */
    private DocumentNumber.Convention readConvention() {
        if (consume('-') || consume('–')) {
            return DocumentNumber.Convention.PARTY;
        }
        if (consume('/')) {
            int kindStart = position;
            skipSpaces();
            readWhile(Character::isLetter);
            skipSpaces();
            boolean dash = position < text.length() && (text.charAt(position) == '-' || text.charAt(position) == '–');
            position = kindStart;
            if (dash) {
                return DocumentNumber.Convention.STATE;
            }
        }
        throw new InvalidDocumentNumberException("Thiếu ký hiệu loại văn bản");
    }

    /** The label before the number ("Chỉ thị số", "Số") may name the kind; it must then agree. */
    private static Optional<DocumentKind> kindOfLabel(String label) {
        String words = ParsingText.stripTrailing(label, ":");
        if (!words.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
            throw new InvalidDocumentNumberException("Số hiệu văn bản không đúng định dạng: " + label.strip());
        }
        String folded = VietnameseText.fold(words);
        if (folded.equals("so") || folded.endsWith(" so")) {
            words = words.substring(0, words.length() - 2).strip();
        }
        return DocumentKind.fromName(words);
    }

    private int readNumber() {
        String digits = readWhile(Character::isDigit);
        if (digits.length() > MAX_DIGITS || Integer.parseInt(digits) == 0) {
            throw new InvalidDocumentNumberException("Số văn bản không hợp lệ: " + digits);
        }
        return Integer.parseInt(digits);
    }

    private DocumentKind readKind() {
        String symbol = readWhile(Character::isLetter);
        if (symbol.isEmpty()) {
            throw new InvalidDocumentNumberException("Thiếu ký hiệu loại văn bản");
        }
        return DocumentKind.fromSymbol(symbol)
                .orElseThrow(() -> new InvalidDocumentNumberException("Loại văn bản không hợp lệ: " + symbol));
    }

    private String readWhile(CharTest test) {
        int start = position;
        while (position < text.length() && test.accepts(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private void skipSpaces() {
        readWhile(Character::isWhitespace);
    }

    private boolean consume(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    @FunctionalInterface
    private interface CharTest {
        boolean accepts(char c);
    }
}
