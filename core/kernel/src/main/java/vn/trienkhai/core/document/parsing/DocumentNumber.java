package vn.trienkhai.core.document.parsing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number of a Party document: "102-KH/HU" is plan (KH) number 102 of the district committee (HU);
 * or of a state document, written the other way round: "1253/QĐ-UBND" is decision (QĐ) number 1253 of a
 * People's Committee (UBND). The {@link Convention} keeps the two apart: "1253/QĐ-UBND" and
 * "1253-QĐ/UBND" are different documents.
 *
 * <p>Equality is on the normalised parts, so "Số 102 - KH/HU", "102-KH/HU" and "Kế hoạch số 102-KH/HU"
 * are the same document. {@link #symbol()} gives the normalised form, with numbers below 10 padded
 * to two digits as Vietnamese practice writes them ("05-CT/TW").
 */
public record DocumentNumber(int number, DocumentKind kind, String issuerCode, Convention convention) {

    /** How the number is written. */
    public enum Convention {
        /** Party documents: number-KIND/ISSUER ("102-KH/HU"). */
        PARTY,
        /** State documents: number/KIND-ISSUER ("1253/QĐ-UBND"). */
        STATE
    }

    private static final Pattern ISSUER_CODE = Pattern.compile("[\\p{L}\\d]+");

    public DocumentNumber {
        if (number <= 0) {
            throw new InvalidDocumentNumberException("Số văn bản không hợp lệ: " + number);
        }
        if (kind == null) {
            throw new InvalidDocumentNumberException("Thiếu ký hiệu loại văn bản");
        }
        if (issuerCode == null || issuerCode.isBlank()) {
            throw new InvalidDocumentNumberException("Thiếu mã cơ quan ban hành");
        }
        if (!ISSUER_CODE.matcher(issuerCode.strip()).matches()) {
            throw new InvalidDocumentNumberException("Mã cơ quan ban hành không hợp lệ: " + issuerCode.strip());
        }
        issuerCode = issuerCode.strip().toUpperCase(Locale.ROOT);
        if (convention == null) {
            throw new InvalidDocumentNumberException("Thiếu cách ghi số văn bản");
        }
    }

    /** A Party document number ("102-KH/HU"). */
    public DocumentNumber(int number, DocumentKind kind, String issuerCode) {
        this(number, kind, issuerCode, Convention.PARTY);
    }

    /**
     * Reads a document number written on its own, optionally after a label: "Số 102 - KH/HU",
     * "224- KL/TU", "Chỉ thị số 06-CT/TU", "Kế hoạch số 61-KH/TU", "Quyết định số 1253/QĐ-UBND".
     *
     * @throws InvalidDocumentNumberException with the reason in Vietnamese
     */
    public static DocumentNumber parse(String text) {
        return DocumentNumberSyntax.parse(text);
    }

    /** The first document number cited in running text, if any. */
    public static Optional<DocumentNumber> find(CharSequence text) {
        return DocumentNumberScanner.scan(text).stream().findFirst().map(DocumentNumberScanner.Match::number);
    }

    /** Every document number cited in running text, in order of appearance (repetitions kept). */
    public static List<DocumentNumber> findAll(CharSequence text) {
        return DocumentNumberScanner.scan(text).stream().map(DocumentNumberScanner.Match::number).toList();
    }

    /** The normalised symbol: "102-KH/HU", "05-CT/TW", "04-CTr/BTGTU", "1253/QĐ-UBND", "05/KH-UBND". */
    public String symbol() {
        String format = convention == Convention.PARTY ? "%02d-%s/%s" : "%02d/%s-%s";
        return String.format(Locale.ROOT, format, number, kind.symbol(), issuerCode);
    }

    @Override
    public String toString() {
        return symbol();
    }
}
