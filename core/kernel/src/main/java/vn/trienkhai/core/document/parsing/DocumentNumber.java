package vn.trienkhai.core.document.parsing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.trienkhai.core.text.VietnameseText;

/**
 * The number of a Party document: "102-KH/HU" is plan (KH) number 102 of the district committee (HU);
 * or of a state document, written the other way round: "1253/QĐ-UBND" is decision (QĐ) number 1253 of a
 * People's Committee (UBND). The {@link Convention} keeps the forms apart: "1253/QĐ-UBND" and
 * "1253-QĐ/UBND" are different documents. State numbers may also carry the year of a legal document
 * ("15/2024/QĐ-UBND") or be the number of an official letter, which writes no kind symbol but the code
 * of the drafting office after the issuer's ("45/UBND-VX": letter 45 of the UBND, drafted by its VX office).
 *
 * <p>Equality is on the normalised parts, so "Số 102 - KH/HU", "102-KH/HU" and "Kế hoạch số 102-KH/HU"
 * are the same document. {@link #symbol()} gives the normalised form, with numbers below 10 padded
 * to two digits as Vietnamese practice writes them ("05-CT/TW"), and reads back as the same number.
 *
 * @param year         the year written in a state number ("2024" in "15/2024/QĐ-UBND"), or null
 * @param draftingUnit the drafting office of an official letter ("VX" in "45/UBND-VX"), null in other forms
 */
public record DocumentNumber(int number, DocumentKind kind, String issuerCode, Convention convention, Integer year,
                             String draftingUnit) {

    /** How the number is written. */
    public enum Convention {
        /** Party documents: number-KIND/ISSUER ("102-KH/HU"). */
        PARTY,
        /** State documents: number[/year]/KIND-ISSUER ("1253/QĐ-UBND", "15/2024/QĐ-UBND"). */
        STATE,
        /** Official letters of state bodies: number/ISSUER-OFFICE, always of kind CV ("45/UBND-VX"). */
        STATE_LETTER
    }

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\d]+");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;
    /**
     * Codes of state bodies that write letters have three letters or more (UBND, HĐND, BNV, TTg, VPCP), so that
     * a two-letter word before the dash ("1253/XY-UBND") is read as a kind symbol, and rejected as unknown.
     */
    private static final int MIN_LETTER_ISSUER_LENGTH = 3;
    /**
     * Kind symbols of state documents that {@link DocumentKind} does not model and that are long enough to pass for
     * a body's code (Nghị định 30/2020/NĐ-CP, annex III): "20/TTr-UBND" is a submission, not a letter of a "TTR".
     */
    private static final Set<String> OTHER_STATE_KINDS = Set.of("ttr", "qyd", "bgn", "btt", "guq", "ggt", "gnp");

    public DocumentNumber {
        if (number <= 0) {
            throw new InvalidDocumentNumberException("Số văn bản không hợp lệ: " + number);
        }
        if (kind == null) {
            throw new InvalidDocumentNumberException("Thiếu ký hiệu loại văn bản");
        }
        issuerCode = code(issuerCode, "Thiếu mã cơ quan ban hành", "Mã cơ quan ban hành không hợp lệ: ");
        if (convention == null) {
            throw new InvalidDocumentNumberException("Thiếu cách ghi số văn bản");
        }
        if (year != null && (convention != Convention.STATE || year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new InvalidDocumentNumberException("Năm trong số hiệu văn bản không hợp lệ: " + year);
        }
        if (convention == Convention.STATE_LETTER) {
            if (kind != DocumentKind.CV) {
                throw new InvalidDocumentNumberException("Số hiệu công văn không ghi loại văn bản: " + kind.symbol());
            }
            draftingUnit = code(draftingUnit, "Thiếu mã đơn vị soạn thảo", "Mã đơn vị soạn thảo không hợp lệ: ");
        } else if (draftingUnit != null) {
            throw new InvalidDocumentNumberException("Chỉ công văn ghi mã đơn vị soạn thảo: " + draftingUnit);
        }
    }

    /** A Party or state document number without a year ("102-KH/HU", "1253/QĐ-UBND"). */
    public DocumentNumber(int number, DocumentKind kind, String issuerCode, Convention convention) {
        this(number, kind, issuerCode, convention, null, null);
    }

    /** A Party document number ("102-KH/HU"). */
    public DocumentNumber(int number, DocumentKind kind, String issuerCode) {
        this(number, kind, issuerCode, Convention.PARTY);
    }

    /**
     * Reads a document number written on its own, optionally after a label: "Số 102 - KH/HU",
     * "224- KL/TU", "Chỉ thị số 06-CT/TU", "Kế hoạch số 61-KH/TU", "Quyết định số 1253/QĐ-UBND",
     * "Quyết định số 15/2024/QĐ-UBND", "Công văn số 45/UBND-VX".
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

    /**
     * The state number whose slash part is {@code first}-{@code second}: a kind and an issuer ("QĐ-UBND"), or,
     * without a year, the issuer and drafting office of a letter ("UBND-VX"). Empty when {@code first} is
     * neither a kind symbol nor the code of a body that writes letters; the parser and the scanner share
     * this decision so that both read the same text the same way.
     */
    static Optional<DocumentNumber> state(int number, Integer year, String first, String second) {
        Optional<DocumentKind> kind = DocumentKind.fromSymbol(first);
        if (kind.isPresent()) {
            return Optional.of(new DocumentNumber(number, kind.get(), second, Convention.STATE, year, null));
        }
        boolean letter = year == null && first.strip().length() >= MIN_LETTER_ISSUER_LENGTH
                && !OTHER_STATE_KINDS.contains(VietnameseText.fold(first));
        return letter
                ? Optional.of(new DocumentNumber(number, DocumentKind.CV, first, Convention.STATE_LETTER, null, second))
                : Optional.empty();
    }

    /**
     * The normalised symbol: "102-KH/HU", "05-CT/TW", "04-CTr/BTGTU", "1253/QĐ-UBND", "05/KH-UBND",
     * "15/2024/QĐ-UBND", "45/UBND-VX".
     */
    public String symbol() {
        return switch (convention) {
            case PARTY -> String.format(Locale.ROOT, "%02d-%s/%s", number, kind.symbol(), issuerCode);
            case STATE -> String.format(Locale.ROOT, "%02d/%s%s-%s", number, year == null ? "" : year + "/", kind.symbol(),
                    issuerCode);
            case STATE_LETTER -> String.format(Locale.ROOT, "%02d/%s-%s", number, issuerCode, draftingUnit);
        };
    }

    @Override
    public String toString() {
        return symbol();
    }

    private static String code(String written, String missing, String invalid) {
        if (written == null || written.isBlank()) {
            throw new InvalidDocumentNumberException(missing);
        }
        if (!CODE.matcher(written.strip()).matches()) {
            throw new InvalidDocumentNumberException(invalid + written.strip());
        }
        return written.strip().toUpperCase(Locale.ROOT);
    }
}
