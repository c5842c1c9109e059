package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases the seeds do not cover, on small hand-made plans. */
class PlanTextParserTest {

    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void emptyTextGivesAnEmptyDraft() {
        for (String text : new String[] {null, "", "  \n\n "}) {
            ImportDraft draft = parser.parse(text);
            assertAll(
                    () -> assertNull(draft.symbol()),
                    () -> assertNull(draft.kind()),
                    () -> assertNull(draft.title()),
                    () -> assertEquals(List.of(), draft.tasks()),
                    () -> assertEquals(List.of(), draft.sections()),
                    () -> assertEquals(List.of(), draft.recipients()),
                    () -> assertNull(draft.signer()));
        }
    }

    @Test
    void readsBasedOnParagraphsAndKeepsEachSymbolInOneList() {
        String text = """
                Số 07-KH/TU
                Lai Châu, ngày 5 tháng 3 năm 2023
                KẾ HOẠCH
                tổ chức học tập chuyên đề năm 2023

                Căn cứ Quy định số 24-QĐi/TW ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng; căn cứ Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;
                Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:

                I. NỘI DUNG
                - Tổ chức học tập chuyên đề.
                """;
        ImportDraft draft = parser.parse(text);
        assertAll(
                () -> assertEquals("07-KH/TU", draft.symbol()),
                () -> assertEquals(LocalDate.of(2023, 3, 5), draft.issuedOn()),
                () -> assertEquals("Lai Châu", draft.place()),
                () -> assertEquals("tổ chức học tập chuyên đề năm 2023", draft.title()),
                () -> assertEquals(List.of(new CitedDocument("01-KL/TW", DocumentKind.KL, LocalDate.of(2021, 5, 18), "Bộ Chính trị")),
                        draft.implementsDocs()),
                () -> assertEquals(List.of(
                        new CitedDocument("24-QĐi/TW", DocumentKind.QDI, LocalDate.of(2021, 7, 30), "Ban Chấp hành Trung ương"),
                        new CitedDocument("05-CT/TW", DocumentKind.CT, null, "Bộ Chính trị")), draft.basedOn()),
                () -> assertEquals(List.of(), draft.mentioned()));
    }

    @Test
    void planWithoutHeadingOrNumberStillReadsItsBody() {
        String text = """
                Thực hiện Kế hoạch số 5-KH/HU, Ban Thường vụ Đảng ủy xây dựng kế hoạch như sau:
                1. Các chi bộ: quán triệt Kế hoạch, xong trước quý II/2024.
                2. Văn phòng Đảng ủy tổng hợp, báo cáo giai đoạn 2024-2026.
                """;
        ImportDraft draft = parser.parse(text);
        assertAll(
                () -> assertNull(draft.kind()),
                () -> assertNull(draft.title()),
                () -> assertEquals(List.of("05-KH/HU"), draft.implementsDocs().stream().map(CitedDocument::symbol).toList()),
                () -> assertEquals(List.of(
                        new ParsedTask("quán triệt Kế hoạch, xong trước quý II/2024.", "1", "Các chi bộ", List.of(),
                                new ParsedDeadline(DeadlineType.QUARTER, LocalDate.of(2024, 6, 30)), null),
                        new ParsedTask("Văn phòng Đảng ủy tổng hợp, báo cáo giai đoạn 2024-2026.", "2", "Văn phòng Đảng ủy", List.of(),
                                new ParsedDeadline(DeadlineType.RANGE, LocalDate.of(2026, 12, 31)), null)), draft.tasks()));
    }

    @Test
    void bareListWithoutLetterheadStillGivesTasks() {
        ImportDraft draft = parser.parse("Ban Tuyên giáo\n1. Xây dựng kế hoạch, xong trong tháng 4/2024.\n2. Tổ chức sơ kết.");
        assertEquals(List.of("1", "2"), draft.tasks().stream().map(ParsedTask::section).toList());
        assertEquals(new ParsedDeadline(DeadlineType.MONTH, LocalDate.of(2024, 4, 30)), draft.tasks().getFirst().deadline());
    }

    @Test
    void unitItemsTakeAttributeLinesAndSplitOnLinesNamingTheirOwnLead() {
        String text = """
                KẾ HOẠCH
                V/v học tập

                I. TỔ CHỨC THỰC HIỆN
                1. Ban Tuyên giáo Huyện ủy:
                - Hướng dẫn các chi bộ hằng quý.
                - Thời gian: trong tháng 6/2023.
                Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tổ chức Huyện ủy bố trí kinh phí.
                """;
        List<ParsedTask> tasks = parser.parse(text).tasks();
        assertEquals(List.of(
                new ParsedTask("Hướng dẫn các chi bộ hằng quý. Thời gian: trong tháng 6/2023.", "I.1", "Ban Tuyên giáo Huyện ủy",
                        List.of(), new ParsedDeadline(DeadlineType.MONTH, LocalDate.of(2023, 6, 30)), Recurrence.QUARTERLY),
                new ParsedTask("Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tổ chức Huyện ủy bố trí kinh phí.", "I.1",
                        "Văn phòng Huyện ủy", List.of("Ban Tổ chức Huyện ủy"), ParsedDeadline.NONE, null)), tasks);
    }

    @Test
    void readsMoneyMeasuresAndCountsInTargetParts() {
        String text = """
                KẾ HOẠCH

                II. MỤC TIÊU
                - Đến năm 2026 bố trí 1.500.000 đồng mỗi xã; làm mới 12,5 km đường.
                - Mỗi xã có thêm 2 đội văn nghệ; đạt 95% thôn có nhà văn hóa.
                """;
        List<ParsedTarget> targets = parser.parse(text).targets();
        assertEquals(List.of(
                new ParsedTarget("1.500.000 đồng mỗi xã", new BigDecimal("1500000"), TargetUnit.MONEY, 2026),
                new ParsedTarget("12,5 km đường", new BigDecimal("12.5"), TargetUnit.OTHER, 2026),
                new ParsedTarget("2 đội văn nghệ", new BigDecimal("2"), TargetUnit.COUNT, null),
                new ParsedTarget("95% thôn có nhà văn hóa", new BigDecimal("95"), TargetUnit.PERCENT, null)), targets);
    }

    @Test
    void readsRecipientsWrittenOnTheHeadingLineAndAKTSignatureWithASignedMark() {
        String text = """
                I. NỘI DUNG
                - Tổ chức học tập.

                Nơi nhận: - Như trên (để b/c),
                - Các chi bộ (p/h);
                - Lưu.

                K/T BÍ THƯ
                PHÓ BÍ THƯ
                (Đã ký)
                Nguyễn Văn An
                """;
        ImportDraft draft = parser.parse(text);
        assertAll(
                () -> assertEquals(List.of(new ParsedRecipient("Như trên", RecipientPurpose.REPORT),
                        new ParsedRecipient("Các chi bộ", RecipientPurpose.EXECUTE),
                        new ParsedRecipient("Lưu", RecipientPurpose.ARCHIVE)), draft.recipients()),
                () -> assertEquals(new ParsedSigner("Nguyễn Văn An", "K/T BÍ THƯ, PHÓ BÍ THƯ"), draft.signer()),
                () -> assertEquals(1, draft.tasks().size()));
    }
}
