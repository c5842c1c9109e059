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

/**
 * Plans not written like the seeds, invented for these tests (src/test/resources/parsing/plans): "I- " and
 * "1- " headings, "- Căn cứ …" bullets, a "CHỈ TIÊU" part of "- " lines, numbered execution lines.
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
