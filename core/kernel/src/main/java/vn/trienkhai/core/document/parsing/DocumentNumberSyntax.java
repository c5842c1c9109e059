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
    private static final int YEAR_DIGITS = 4;

    private final String text;
    private int position;
    /** The words before the number ("Chỉ thị số") and the kind they name, if any, which the symbol must agree with. */
    private String label;
    private DocumentKind labelKind;

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
        label = readWhile(c -> !Character.isDigit(c));
        if (position == text.length()) {
            throw new InvalidDocumentNumberException("Thiếu số văn bản");
        }
        labelKind = kindOfLabel(label).orElse(null);
        int number = readNumber();
        skipSpaces();
        DocumentNumber read;
        if (consumeDash()) {
            read = readParty(number);
        } else if (consume('/')) {
            read = readState(number);
        } else {
            throw new InvalidDocumentNumberException("Thiếu ký hiệu loại văn bản");
        }
        String rest = ParsingText.stripTrailing(text.substring(position), ".,;");
        if (!rest.isEmpty()) {
            throw new InvalidDocumentNumberException("Ký tự thừa sau số hiệu văn bản: " + rest);
        }
        return read;
    }

    /** After "102-": the kind, a slash and the issuer ("KH/HU"). */
    private DocumentNumber readParty(int number) {
        skipSpaces();
        DocumentKind kind = readKind();
        checkLabel(kind);
        skipSpaces();
        if (!consume('/')) {
            throw new InvalidDocumentNumberException("Thiếu mã cơ quan ban hành");
        }
        return new DocumentNumber(number, kind, readIssuer(), DocumentNumber.Convention.PARTY);
    }

    /**
     * After "1253/": an optional year and two codes around a dash, "QĐ-UBND" or "2024/QĐ-UBND" (kind and
     * issuer) or "UBND-VX" (issuer and drafting office of a letter); "102/HU", without the dash, lacks the kind.
     */
    private DocumentNumber readState(int number) {
        skipSpaces();
        Integer year = readYear();
        String first = readWhile(Character::isLetter);
        skipSpaces();
        if (first.isEmpty() || !consumeDash()) {
            throw new InvalidDocumentNumberException("Thiếu ký hiệu loại văn bản");
        }
        skipSpaces();
        String second = readWhile(Character::isLetterOrDigit);
        if (second.isEmpty()) {
            throw new InvalidDocumentNumberException(DocumentKind.fromSymbol(first).isPresent() || year != null
                    ? "Thiếu mã cơ quan ban hành" : "Thiếu mã đơn vị soạn thảo");
        }
        DocumentNumber read = DocumentNumber.state(number, year, first, second)
                .orElseThrow(() -> new InvalidDocumentNumberException("Loại văn bản không hợp lệ: " + first));
        checkLabel(read.kind());
        return read;
    }

    /** The year of "15/2024/QĐ-UBND", with its slash; null, reading nothing, when the codes follow at once. */
    private Integer readYear() {
        if (position == text.length() || !Character.isDigit(text.charAt(position))) {
            return null;
        }
        String digits = readWhile(Character::isDigit);
        skipSpaces();
        if (digits.length() != YEAR_DIGITS || !consume('/')) {
            throw new InvalidDocumentNumberException("Năm trong số hiệu văn bản không hợp lệ: " + digits);
        }
        skipSpaces();
        return Integer.valueOf(digits);
    }

    private void checkLabel(DocumentKind kind) {
        if (labelKind != null && labelKind != kind) {
            throw new InvalidDocumentNumberException(
                    "Tên loại văn bản không khớp ký hiệu: " + label.strip() + " / " + kind.symbol());
        }
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

    private String readIssuer() {
        skipSpaces();
        String issuer = readWhile(Character::isLetterOrDigit);
        if (issuer.isEmpty()) {
            throw new InvalidDocumentNumberException("Thiếu mã cơ quan ban hành");
        }
        return issuer;
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

    private boolean consumeDash() {
        return consume('-') || consume('–');
    }

    @FunctionalInterface
    private interface CharTest {
        boolean accepts(char c);
    }
}
