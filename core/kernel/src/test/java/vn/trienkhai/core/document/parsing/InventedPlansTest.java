package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plans not written like the seeds, invented for these tests (in src/test/resources/parsing/plans, or inline):
 * "I- " and "1- " headings, "- Căn cứ …" bullets, "CHỈ TIÊU" parts of "- " lines, unnumbered captions,
 * state numbers ("120/KH-UBND", "15/2024/QĐ-UBND", "45/UBND-VX"), numbered execution lines.
 */
class InventedPlansTest {

    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void wardCellPlanWithDashHeadingsCitationBulletsAndExecutionLines() {
        ImportDraft draft = parser.parse(plan("ward-digital-2024.txt"));
        assertAll(
                () -> assertEquals("07-KH/CB", draft.symbol()),
                () -> assertEquals(LocalDate.of(2024, 3, 12), draft.issuedOn()),
                () -> assertEquals("Hòa Thuận", draft.place()),
                () -> assertEquals("thực hiện chuyển đổi số trong khu phố năm 2024", draft.title()),
                () -> assertEquals(List.of(
                        new CitedDocument("12-NQ/ĐU", DocumentKind.NQ, LocalDate.of(2024, 1, 5), "Đảng ủy phường"),
                        new CitedDocument("1253/QĐ-UBND", DocumentKind.QD, LocalDate.of(2024, 2, 15), "Ủy ban nhân dân thành phố"),
                        new CitedDocument("150-HD/BTGTW", DocumentKind.HD, LocalDate.of(2023, 10, 10), "Ban Tuyên giáo Trung ương")),
                        draft.basedOn()),
                () -> assertEquals(List.of("I | MỤC ĐÍCH, YÊU CẦU", "I.1 | Mục đích", "I.2 | Yêu cầu", "II | CHỈ TIÊU",
                        "III | TỔ CHỨC THỰC HIỆN"), draft.sections().stream().map(s -> s.code() + " | " + s.heading()).toList()),
                () -> assertEquals(List.of(new BigDecimal("100"), new BigDecimal("80")),
                        draft.targets().stream().map(ParsedTarget::value).toList()),
                () -> assertEquals(List.of(
                        new Expected("III.1", "Ủy ban nhân dân phường", List.of("Ủy ban Mặt trận Tổ quốc phường", "Công an phường"),
                                new ParsedDeadline(DeadlineType.QUARTER, LocalDate.of(2024, 6, 30))),
                        new Expected("III.2", "Công an phường", List.of("các tổ dân phố"),
                                new ParsedDeadline(DeadlineType.DATE, LocalDate.of(2024, 6, 30))),
                        new Expected("III.3", "Chi đoàn khu phố", List.of(),
                                new ParsedDeadline(DeadlineType.MONTH, LocalDate.of(2024, 9, 30))),
                        new Expected("III.4", "Chi ủy", List.of(),
                                new ParsedDeadline(DeadlineType.DATE, LocalDate.of(2024, 12, 15)))),
                        draft.tasks().stream().map(Expected::of).toList()),
                () -> assertEquals(new ParsedSigner("Lê Thị Thu Hà", "T/M CHI BỘ, BÍ THƯ"), draft.signer()),
                () -> assertEquals(3, draft.recipients().size()));
    }

    @Test
    void schoolCellPlanWithMixedHeadingStylesAndATargetsSubheading() {
        ImportDraft draft = parser.parse(plan("school-cell-2024.txt"));
        assertAll(
                () -> assertEquals("03-KH/CB", draft.symbol()),
                () -> assertEquals(LocalDate.of(2024, 9, 5), draft.issuedOn()),
                () -> assertEquals(List.of(new CitedDocument("21-KH/ĐU", DocumentKind.KH, LocalDate.of(2024, 8, 20),
                        "Ban Thường vụ Đảng ủy xã")), draft.implementsDocs()),
                () -> assertEquals(List.of("I | MỤC ĐÍCH, YÊU CẦU", "II | NỘI DUNG", "II.1 | Chỉ tiêu", "II.2 | Nhiệm vụ",
                        "III | TỔ CHỨC THỰC HIỆN"), draft.sections().stream().map(s -> s.code() + " | " + s.heading()).toList()),
                () -> assertEquals(List.of(new BigDecimal("100"), new BigDecimal("95")),
                        draft.targets().stream().map(ParsedTarget::value).toList()),
                () -> assertEquals(List.of(
                        new Expected("II.2.1", "Chi ủy", List.of("Ban Giám hiệu", "Công đoàn trường"),
                                new ParsedDeadline(DeadlineType.DATE, LocalDate.of(2024, 10, 15))),
                        new Expected("II.2.2", "Chi đoàn giáo viên", List.of(),
                                new ParsedDeadline(DeadlineType.MONTH, LocalDate.of(2025, 3, 31))),
                        new Expected("III.1", "Liên đội trường", List.of("Chi đoàn giáo viên"),
                                new ParsedDeadline(DeadlineType.QUARTER, LocalDate.of(2024, 12, 31))),
                        new Expected("III.2", null, List.of(),
                                new ParsedDeadline(DeadlineType.DATE, LocalDate.of(2024, 12, 15)))),
                        draft.tasks().stream().map(Expected::of).toList()),
                () -> assertEquals(new ParsedSigner("Phạm Văn Bình", "T/M CHI BỘ, BÍ THƯ"), draft.signer()));
    }

    @Test
    void communeCommitteePlanWithAStateNumberCaptionsAndEveryStateCitationForm() {
        String text = """
                ỦY BAN NHÂN DÂN
                XÃ AN PHÚ
                Số: 120/KH-UBND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                An Phú, ngày 18 tháng 4 năm 2024

                KẾ HOẠCH
                xây dựng khu dân cư văn hóa kiểu mẫu năm 2024

                - Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 08/3/2024 của Ủy ban nhân dân huyện về quy chế công nhận danh hiệu văn hóa;
                - Căn cứ Công văn số 45/UBND-VX ngày 20/3/2024 của Ủy ban nhân dân huyện về xây dựng đời sống văn hóa ở cơ sở;
                - Căn cứ Hướng dẫn số 150-HD/BTGTW ngày 02/11/2023 của Ban Tuyên giáo Trung ương về công tác tuyên truyền;
                Ủy ban nhân dân xã ban hành kế hoạch như sau:

                I- MỤC ĐÍCH, YÊU CẦU
                Phát huy vai trò tự quản của cộng đồng dân cư trong xây dựng đời sống văn hóa.

                II- NỘI DUNG
                CHỈ TIÊU
                - Phấn đấu 95% hộ gia đình đạt danh hiệu gia đình văn hóa đến năm 2025;
                - Có thêm 04 khu dân cư đạt chuẩn văn hóa kiểu mẫu;
                - Huy động 300 triệu đồng xây dựng thiết chế văn hóa thôn.
                NHIỆM VỤ
                1- Ban Chỉ đạo xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc xã rà soát tiêu chí, xong trước ngày 30/6/2024.
                2- Ban công tác Mặt trận các thôn tổ chức bình xét gia đình văn hóa trong quý IV/2024.

                III- TỔ CHỨC THỰC HIỆN
                1- Văn phòng Ủy ban nhân dân xã tổng hợp, báo cáo kết quả trước ngày 15/12/2024.

                Nơi nhận:
                - Ủy ban nhân dân huyện (b/c);
                - Các thôn (t/h);
                - Lưu VT.

                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Nguyễn Văn Toàn
                """;
        ImportDraft draft = parser.parse(text);
        assertAll(
                () -> assertEquals("120/KH-UBND", draft.symbol()),
                () -> assertEquals(120, draft.number()),
                () -> assertEquals(DocumentKind.KH, draft.kind()),
                () -> assertEquals("UBND", draft.issuerCode()),
                () -> assertEquals(LocalDate.of(2024, 4, 18), draft.issuedOn()),
                () -> assertEquals("xây dựng khu dân cư văn hóa kiểu mẫu năm 2024", draft.title()),
                () -> assertEquals(List.of(
                        new CitedDocument("15/2024/QĐ-UBND", DocumentKind.QD, LocalDate.of(2024, 3, 8), "Ủy ban nhân dân huyện"),
                        new CitedDocument("45/UBND-VX", DocumentKind.CV, LocalDate.of(2024, 3, 20), "Ủy ban nhân dân huyện"),
                        new CitedDocument("150-HD/BTGTW", DocumentKind.HD, LocalDate.of(2023, 11, 2), "Ban Tuyên giáo Trung ương")),
                        draft.basedOn()),
                () -> assertEquals(List.of("I | MỤC ĐÍCH, YÊU CẦU", "II | NỘI DUNG", "III | TỔ CHỨC THỰC HIỆN"),
                        draft.sections().stream().map(s -> s.code() + " | " + s.heading()).toList()),
                () -> assertEquals(List.of(
                        new ParsedTarget("95% hộ gia đình đạt danh hiệu gia đình văn hóa đến năm 2025", new BigDecimal("95"),
                                TargetUnit.PERCENT, 2025),
                        new ParsedTarget("04 khu dân cư đạt chuẩn văn hóa kiểu mẫu", new BigDecimal("04"), TargetUnit.COUNT, null),
                        new ParsedTarget("300 triệu đồng xây dựng thiết chế văn hóa thôn", new BigDecimal("300"), TargetUnit.MONEY,
                                null)), draft.targets()),
                () -> assertEquals(List.of(
                        new Expected("II.1", "Ban Chỉ đạo xã", List.of("Ủy ban Mặt trận Tổ quốc xã"),
                                new ParsedDeadline(DeadlineType.DATE, LocalDate.of(2024, 6, 30))),
                        new Expected("II.2", "Ban công tác Mặt trận các thôn", List.of(),
                                new ParsedDeadline(DeadlineType.QUARTER, LocalDate.of(2024, 12, 31))),
                        new Expected("III.1", "Văn phòng Ủy ban nhân dân xã", List.of(),
                                new ParsedDeadline(DeadlineType.DATE, LocalDate.of(2024, 12, 15)))),
                        draft.tasks().stream().map(Expected::of).toList()),
                () -> assertEquals(new ParsedSigner("Nguyễn Văn Toàn", "TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH"), draft.signer()));
    }

    @Test
    void villageCellPlanWhosePartsAreOnlyCaptions() {
        String text = """
                ĐẢNG BỘ XÃ PHÚC SƠN
                CHI BỘ THÔN ĐỒNG CHÈ
                Số 09-KH/CB
                Phúc Sơn, ngày 02 tháng 02 năm 2024

                KẾ HOẠCH
                phát triển đảng viên và xây dựng chi bộ trong sạch, vững mạnh năm 2024

                Thực hiện Nghị quyết số 04-NQ/ĐU ngày 10/01/2024 của Đảng ủy xã, Chi bộ xây dựng kế hoạch như sau:

                MỤC ĐÍCH, YÊU CẦU
                Nâng cao năng lực lãnh đạo và sức chiến đấu của chi bộ.
                CHỈ TIÊU NĂM 2024
                - Kết nạp ít nhất 02 đảng viên mới;
                - 100% đảng viên được học tập, quán triệt nghị quyết của cấp trên.
                NHIỆM VỤ CỤ THỂ
                - Chi ủy chỉ đạo các đảng viên giúp đỡ quần chúng ưu tú, xong trong tháng 5/2024.
                - Chi đoàn thôn chủ động giới thiệu đoàn viên ưu tú để chi bộ bồi dưỡng trước ngày 30/9/2024.

                Nơi nhận:
                - Đảng ủy xã (b/c);
                - Lưu Chi bộ.

                T/M CHI BỘ
                BÍ THƯ
                Hà Văn Sáng
                """;
        ImportDraft draft = parser.parse(text);
        assertAll(
                () -> assertEquals("09-KH/CB", draft.symbol()),
                () -> assertEquals(List.of("04-NQ/ĐU"), draft.implementsDocs().stream().map(CitedDocument::symbol).toList()),
                () -> assertEquals(List.of(), draft.sections()),
                () -> assertEquals(List.of(
                        new ParsedTarget("02 đảng viên mới", new BigDecimal("02"), TargetUnit.COUNT, 2024),
                        new ParsedTarget("100% đảng viên được học tập, quán triệt nghị quyết của cấp trên", new BigDecimal("100"),
                                TargetUnit.PERCENT, 2024)), draft.targets()),
                () -> assertEquals(List.of(
                        new Expected(null, "Chi ủy", List.of(), new ParsedDeadline(DeadlineType.MONTH, LocalDate.of(2024, 5, 31))),
                        new Expected(null, "Chi đoàn thôn", List.of(),
                                new ParsedDeadline(DeadlineType.DATE, LocalDate.of(2024, 9, 30)))),
                        draft.tasks().stream().map(Expected::of).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHỈ TIÊU", "CHỈ TIÊU:", "II- CHỈ TIÊU", "II. CHỈ TIÊU", "2. Chỉ tiêu", "2- Chỉ tiêu"})
    void targetLinesAreReadUnderEveryFormOfTargetsHeading(String heading) {
        String text = """
                I. NỘI DUNG
                1. Nhiệm vụ
                - Tổ chức tuyên truyền trên hệ thống loa truyền thanh.
                %s
                - Phấn đấu 90%% hộ gia đình đạt danh hiệu gia đình văn hóa đến năm 2025;
                - Có thêm 03 tổ dân phố đạt chuẩn văn minh đô thị.
                """.formatted(heading);
        assertEquals(List.of(
                new ParsedTarget("90% hộ gia đình đạt danh hiệu gia đình văn hóa đến năm 2025", new BigDecimal("90"),
                        TargetUnit.PERCENT, 2025),
                new ParsedTarget("03 tổ dân phố đạt chuẩn văn minh đô thị", new BigDecimal("03"), TargetUnit.COUNT, null)),
                parser.parse(text).targets(), heading);
    }

    @Test
    void aCaptionLastsUntilTheNextCaptionOrTheEndOfItsPart() {
        String text = """
                I. NỘI DUNG
                1. Công tác tuyên truyền
                Nhiệm vụ trọng tâm là tuyên truyền chuyển đổi số.
                CHỈ TIÊU
                - 85% hộ gia đình sử dụng dịch vụ công trực tuyến.
                NHIỆM VỤ
                - Chi đoàn phường hướng dẫn người dân cài đặt ứng dụng.
                2. Công tác kiểm tra
                - Chi ủy kiểm tra 30% đảng viên trong năm 2024.
                """;
        ImportDraft draft = parser.parse(text);
        assertAll(
                () -> assertEquals(List.of("I | NỘI DUNG", "I.1 | Công tác tuyên truyền", "I.2 | Công tác kiểm tra"),
                        draft.sections().stream().map(s -> s.code() + " | " + s.heading()).toList()),
                () -> assertEquals(List.of(new BigDecimal("85")), draft.targets().stream().map(ParsedTarget::value).toList()),
                () -> assertEquals(List.of(
                        "I.1 | Nhiệm vụ trọng tâm là tuyên truyền chuyển đổi số.",
                        "I.1 | Chi đoàn phường hướng dẫn người dân cài đặt ứng dụng.",
                        "I.2 | Chi ủy kiểm tra 30% đảng viên trong năm 2024."),
                        draft.tasks().stream().map(task -> task.section() + " | " + task.text()).toList()));
    }

    /** The fields of a task these plans pin down. */
    private record Expected(String section, String lead, List<String> coordinating, ParsedDeadline deadline) {
        static Expected of(ParsedTask task) {
            return new Expected(task.section(), task.leadUnit(), task.coordinatingUnits(), task.deadline());
        }
    }

    private static String plan(String name) {
        try (InputStream in = InventedPlansTest.class.getResourceAsStream("/parsing/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
