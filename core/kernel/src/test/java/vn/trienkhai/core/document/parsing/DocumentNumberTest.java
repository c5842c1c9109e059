package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DocumentNumberTest {

    /** Every form met in the seeds, with its normalised symbol. */
    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("Số 102 - KH/HU", "102-KH/HU"),
            Map.entry("224- KL/TU", "224-KL/TU"),
            Map.entry("số 05 - CT/TW", "05-CT/TW"),
            Map.entry("Chỉ thị 44-CT/TW", "44-CT/TW"),
            Map.entry("11-KH/BTGĐUK", "11-KH/BTGĐUK"),
            Map.entry("55- KH/ĐU", "55-KH/ĐU"),
            Map.entry("Chỉ thị số 06-CT/TU", "06-CT/TU"),
            Map.entry("04-CTr/BTGTU", "04-CTr/BTGTU"),
            Map.entry("250-CV/ĐUK", "250-CV/ĐUK"),
            Map.entry("Kế hoạch số 61-KH/TU", "61-KH/TU"),
            Map.entry("Số 11-KH/BTGĐUK", "11-KH/BTGĐUK"),
            Map.entry("Quyết định số 238-QĐ/TW", "238-QĐ/TW"),
            Map.entry("Quy định số 11-QĐi/TW", "11-QĐi/TW"),
            Map.entry("Chương trình hành động số 24- CTr/TU", "24-CTr/TU"),
            Map.entry("Đề án 3-ĐA/TU", "03-ĐA/TU"));

    @Test
    void readsEveryFormSeenInRealDocuments() {
        List<Executable> checks = FORMS.entrySet().stream()
                .<Executable>map(form -> () -> assertEquals(form.getValue(), DocumentNumber.parse(form.getKey()).symbol(), form.getKey()))
                .toList();
        assertAll(checks);
    }

    @Test
    void readsStateNumbersAsDistinctFromPartyNumbers() {
        DocumentNumber state = DocumentNumber.parse("Quyết định số 1253/QĐ-UBND");
        assertAll(
                () -> assertEquals("1253/QĐ-UBND", state.symbol()),
                () -> assertEquals(new DocumentNumber(1253, DocumentKind.QD, "UBND", DocumentNumber.Convention.STATE), state),
                () -> assertEquals(state, DocumentNumber.parse(state.symbol())),
                () -> assertEquals(state, DocumentNumber.parse("Số: 1253 / QĐ - UBND")),
                () -> assertEquals("05/KH-UBND", DocumentNumber.parse("Kế hoạch số 5/KH-UBND").symbol()),
                () -> assertNotEquals(state, DocumentNumber.parse("1253-QĐ/UBND")),
                () -> assertEquals(DocumentNumber.Convention.PARTY, DocumentNumber.parse("1253-QĐ/UBND").convention()),
                () -> assertRejected("1253/XY-UBND", "Loại văn bản không hợp lệ: XY"),
                () -> assertRejected("1253/QĐ-", "Thiếu mã cơ quan ban hành"),
                () -> assertRejected("Chỉ thị số 12/KH-UBND", "Tên loại văn bản không khớp ký hiệu: Chỉ thị số / KH"));
    }

    @Test
    void readsStateNumbersWithAYearAndLettersWithoutAKindSymbol() {
        DocumentNumber withYear = DocumentNumber.parse("Quyết định số 15/2024/QĐ-UBND");
        DocumentNumber letter = DocumentNumber.parse("Công văn số 45/UBND-VX");
        assertAll(
                () -> assertEquals(new DocumentNumber(15, DocumentKind.QD, "UBND", DocumentNumber.Convention.STATE, 2024, null),
                        withYear),
                () -> assertEquals("15/2024/QĐ-UBND", withYear.symbol()),
                () -> assertEquals(withYear, DocumentNumber.parse(withYear.symbol())),
                () -> assertEquals(withYear, DocumentNumber.parse("Số: 15 / 2024 / QĐ - UBND")),
                () -> assertNotEquals(DocumentNumber.parse("15/QĐ-UBND"), withYear),
                () -> assertEquals(new DocumentNumber(45, DocumentKind.CV, "UBND", DocumentNumber.Convention.STATE_LETTER, null, "VX"),
                        letter),
                () -> assertEquals("45/UBND-VX", letter.symbol()),
                () -> assertEquals(letter, DocumentNumber.parse(letter.symbol())),
                () -> assertEquals("07/HĐND-TH", DocumentNumber.parse("Số 7/HĐND-TH").symbol()),
                () -> assertEquals("120/KH-UBND", DocumentNumber.parse("Kế hoạch số 120/KH-UBND").symbol()),
                () -> assertEquals("1253/QĐ-UBND", DocumentNumber.parse("1253/QĐ-UBND").symbol()));
    }

    @Test
    void rejectsMalformedYearsAndLetters() {
        assertAll(
                () -> assertRejected("15/24/QĐ-UBND", "Năm trong số hiệu văn bản không hợp lệ: 24"),
                () -> assertRejected("15/1850/QĐ-UBND", "Năm trong số hiệu văn bản không hợp lệ: 1850"),
                () -> assertRejected("15/2024/UBND-VX", "Loại văn bản không hợp lệ: UBND"),
                () -> assertRejected("15/2024/QĐ-", "Thiếu mã cơ quan ban hành"),
                () -> assertRejected("45/UBND-", "Thiếu mã đơn vị soạn thảo"),
                () -> assertRejected("20/TTr-UBND", "Loại văn bản không hợp lệ: TTr"),
                () -> assertRejected("45/UBND-VX-KT", "Ký tự thừa sau số hiệu văn bản: -KT"),
                () -> assertRejected("Quyết định số 45/UBND-VX", "Tên loại văn bản không khớp ký hiệu: Quyết định số / CV"),
                () -> assertThrows(InvalidDocumentNumberException.class,
                        () -> new DocumentNumber(15, DocumentKind.QD, "TU", DocumentNumber.Convention.PARTY, 2024, null)),
                () -> assertThrows(InvalidDocumentNumberException.class,
                        () -> new DocumentNumber(45, DocumentKind.QD, "UBND", DocumentNumber.Convention.STATE_LETTER, null, "VX")),
                () -> assertThrows(InvalidDocumentNumberException.class,
                        () -> new DocumentNumber(45, DocumentKind.CV, "UBND", DocumentNumber.Convention.STATE_LETTER, null, null)),
                () -> assertThrows(InvalidDocumentNumberException.class,
                        () -> new DocumentNumber(45, DocumentKind.QD, "UBND", DocumentNumber.Convention.STATE, null, "VX")));
    }

    @Test
    void findsEveryStateFormInRunningTextButNotDatesOrExtraCodes() {
        String text = "Căn cứ Quyết định số 1253/QĐ-UBND ngày 15/02/2024, Hướng dẫn số 150-HD/BTGTW, Công văn số 45/UBND-VX, "
                + "Quyết định số 15/2024/QĐ-UBND, Kế hoạch số 120/KH-UBND; số 7/QĐ-UBND-VX, 3/XY-UBND, 20/TTr-UBND, quý II/2024, 30/6/2024";
        assertEquals(List.of("1253/QĐ-UBND", "150-HD/BTGTW", "45/UBND-VX", "15/2024/QĐ-UBND", "120/KH-UBND"),
                DocumentNumber.findAll(text).stream().map(DocumentNumber::symbol).toList());
    }

    @Test
    void everyNumberFoundInTextIsTheOneParsedFromItsSymbol() {
        String text = "Số 102 - KH/HU, 1253/QĐ-UBND, 15/2024/QĐ-UBND, 45/UBND-VX, 04-CTr/BTGTU, 5/KH-UBND";
        List<Executable> checks = DocumentNumber.findAll(text).stream()
                .<Executable>map(found -> () -> assertEquals(found, DocumentNumber.parse(found.symbol()), found.symbol()))
                .toList();
        assertEquals(6, checks.size());
        assertAll(checks);
    }

    @Test
    void exposesTheNormalisedParts() {
        DocumentNumber number = DocumentNumber.parse("Số 102 - KH/HU");
        assertEquals(102, number.number());
        assertEquals(DocumentKind.KH, number.kind());
        assertEquals("HU", number.issuerCode());
        assertEquals("102-KH/HU", number.toString());
    }

    @Test
    void padsNumbersBelowTenToTwoDigits() {
        assertEquals("05-CT/TW", DocumentNumber.parse("5-CT/TW").symbol());
        assertEquals("05-CT/TW", DocumentNumber.parse("05-CT/TW").symbol());
        assertEquals("10-CT/TW", DocumentNumber.parse("10-CT/TW").symbol());
        assertEquals("250-CV/ĐUK", DocumentNumber.parse("250-CV/ĐUK").symbol());
    }

    @Test
    void differentCitationsOfOneDocumentAreEqual() {
        DocumentNumber plain = DocumentNumber.parse("224-KL/TU");
        assertAll(
                () -> assertEquals(plain, DocumentNumber.parse("224- KL/TU")),
                () -> assertEquals(plain, DocumentNumber.parse("Kết luận số 224-KL/TU")),
                () -> assertEquals(plain, DocumentNumber.parse("  224 – KL / TU  ")),
                () -> assertEquals(plain.hashCode(), DocumentNumber.parse("Kết luận 224 - KL/TU").hashCode()),
                () -> assertEquals(DocumentNumber.parse("số 05 - CT/TW"), DocumentNumber.parse("Chỉ thị 5-CT/TW")),
                () -> assertEquals(DocumentNumber.parse("11-KH/BTGĐUK"), new DocumentNumber(11, DocumentKind.KH, "btgđuk")));
    }

    @Test
    void differentDocumentsAreNotEqual() {
        assertNotEquals(DocumentNumber.parse("224-KL/TU"), DocumentNumber.parse("224-KH/TU"));
        assertNotEquals(DocumentNumber.parse("224-KL/TU"), DocumentNumber.parse("224-KL/HU"));
        assertNotEquals(DocumentNumber.parse("11-QĐ/TW"), DocumentNumber.parse("11-QĐi/TW"));
    }

    @Test
    void rejectsInvalidInputSayingWhyInVietnamese() {
        assertAll(
                () -> assertRejected(null, "Số hiệu văn bản trống"),
                () -> assertRejected("   ", "Số hiệu văn bản trống"),
                () -> assertRejected("KH/HU", "Thiếu số văn bản"),
                () -> assertRejected("Kế hoạch số", "Thiếu số văn bản"),
                () -> assertRejected("102/HU", "Thiếu ký hiệu loại văn bản"),
                () -> assertRejected("102-/HU", "Thiếu ký hiệu loại văn bản"),
                () -> assertRejected("102-XY/HU", "Loại văn bản không hợp lệ: XY"),
                () -> assertRejected("102-KH", "Thiếu mã cơ quan ban hành"),
                () -> assertRejected("102-KH/", "Thiếu mã cơ quan ban hành"),
                () -> assertRejected("0-KH/HU", "Số văn bản không hợp lệ: 0"),
                () -> assertRejected("1234567-KH/HU", "Số văn bản không hợp lệ: 1234567"),
                () -> assertRejected("102-KH/HU ngày 5/1/2022", "Ký tự thừa sau số hiệu văn bản: ngày 5/1/2022"),
                () -> assertRejected("Chỉ thị số 12-KH/TU", "Tên loại văn bản không khớp ký hiệu: Chỉ thị số / KH"),
                () -> assertRejected("Số: (102)-KH/HU", "Số hiệu văn bản không đúng định dạng: Số: ("));
    }

    @Test
    void invalidDocumentNumberIsAnIllegalArgument() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DocumentNumber.parse("abc"));
        assertTrue(error instanceof InvalidDocumentNumberException);
        assertThrows(InvalidDocumentNumberException.class, () -> new DocumentNumber(1, null, "TU"));
        assertThrows(InvalidDocumentNumberException.class, () -> new DocumentNumber(1, DocumentKind.KH, " "));
        assertThrows(InvalidDocumentNumberException.class, () -> new DocumentNumber(1, DocumentKind.KH, "T/U"));
    }

    @Test
    void findsTheFirstNumberInRunningText() {
        Optional<DocumentNumber> found = DocumentNumber.find(
                "Thực hiện Kế hoạch 168-KH/TU, ngày 22/9/2020 của Tỉnh ủy về việc quán triệt Chỉ thị 44-CT/TW");
        assertEquals(Optional.of(DocumentNumber.parse("168-KH/TU")), found);
        assertTrue(DocumentNumber.find("Không có số hiệu nào, chỉ có ngày 21/9/2002 - 21/9/2022.").isEmpty());
        assertTrue(DocumentNumber.find(null).isEmpty());
    }

    @Test
    void findsAllNumbersInOrderIncludingOneBrokenByAPageBreak() {
        String text = "Tài liệu: Chỉ thị số 06-CT/TU, Thông báo Kết luận số 173-TB/TW ngày 06/4/2020 của Ban Bí thư "
                + "“về tiếp tục thực hiện Chỉ thị số 11-\n\nCT/TW của Bộ Chính trị khóa VIII” và Kết luận số 01- KL/TW.";
        List<String> symbols = DocumentNumber.findAll(text).stream().map(DocumentNumber::symbol).toList();
        assertEquals(List.of("06-CT/TU", "173-TB/TW", "11-CT/TW", "01-KL/TW"), symbols);
    }

    @Test
    void skipsLookAlikesThatAreNotDocumentNumbers() {
        String text = "nhiệm kỳ 2020-2025, Mác-Lênin, VH-TT&TT, (01/10/1950-01/10/2025), 12-AB/CD, giai đoạn 1945 - 2025";
        assertEquals(List.of(), DocumentNumber.findAll(text));
    }

    @Test
    void kindsAreReadFromSymbolsAndNames() {
        assertAll(
                () -> assertEquals(Optional.of(DocumentKind.QD), DocumentKind.fromSymbol("QĐ")),
                () -> assertEquals(Optional.of(DocumentKind.QDI), DocumentKind.fromSymbol("QĐi")),
                () -> assertEquals(Optional.of(DocumentKind.QDI), DocumentKind.fromSymbol("QĐI")),
                () -> assertEquals(Optional.of(DocumentKind.CTR), DocumentKind.fromSymbol("CTr")),
                () -> assertEquals(Optional.of(DocumentKind.CTR), DocumentKind.fromSymbol("CTR")),
                () -> assertEquals(Optional.of(DocumentKind.DA), DocumentKind.fromSymbol("ĐA")),
                () -> assertEquals(Optional.empty(), DocumentKind.fromSymbol("XY")),
                () -> assertEquals(Optional.empty(), DocumentKind.fromSymbol(null)),
                () -> assertEquals(Optional.of(DocumentKind.KH), DocumentKind.fromName("kế hoạch")),
                () -> assertEquals(Optional.of(DocumentKind.KH), DocumentKind.fromName("KẾ HOẠCH")),
                () -> assertEquals(Optional.of(DocumentKind.KH), DocumentKind.fromName("Ke  hoach")),
                () -> assertEquals(Optional.of(DocumentKind.CTR), DocumentKind.fromName("Chương trình hành động")),
                () -> assertEquals(Optional.of(DocumentKind.QDI), DocumentKind.fromName("Quy định")),
                () -> assertEquals(Optional.of(DocumentKind.QD), DocumentKind.fromName("QUYẾT ĐỊNH")),
                () -> assertEquals(Optional.empty(), DocumentKind.fromName("Kế hoạch này")),
                () -> assertEquals("CTr", DocumentKind.CTR.symbol()),
                () -> assertEquals("Quy định", DocumentKind.QDI.vietnameseName()));
    }

    @Test
    void everyKindRoundTripsThroughItsSymbolAndName() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertEquals(Optional.of(kind), DocumentKind.fromSymbol(kind.symbol()), kind.name());
            assertEquals(Optional.of(kind), DocumentKind.fromName(kind.vietnameseName()), kind.name());
            assertFalse(DocumentNumber.parse("7-" + kind.symbol() + "/TU").symbol().isEmpty());
        }
    }

    private static void assertRejected(String input, String reason) {
        InvalidDocumentNumberException error =
                assertThrows(InvalidDocumentNumberException.class, () -> DocumentNumber.parse(input), String.valueOf(input));
        assertEquals(reason, error.getMessage(), String.valueOf(input));
    }
}
