package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineReaderTest {

    @Test
    void readsEachKindOfDeadlineAsItsLastDay() {
        assertAll(
                () -> assertDeadline("Xây dựng kế hoạch, xong trong tháng 3/2022.", DeadlineType.MONTH, "2022-03-31"),
                () -> assertDeadline("Hoàn thành trong tháng 2 năm 2024.", DeadlineType.MONTH, "2024-02-29"),
                () -> assertDeadline("Tổ chức sơ kết trong quý I/2023.", DeadlineType.QUARTER, "2023-03-31"),
                () -> assertDeadline("Báo cáo trước quý 3 năm 2023.", DeadlineType.QUARTER, "2023-09-30"),
                () -> assertDeadline("Thời gian: Đã tổ chức ngày 31/7/2018.", DeadlineType.DATE, "2018-07-31"),
                () -> assertDeadline("Gửi báo cáo trước ngày 15 tháng 12 năm 2022.", DeadlineType.DATE, "2022-12-15"),
                () -> assertDeadline("Tổ chức hội thi trong năm 2021.", DeadlineType.YEAR, "2021-12-31"),
                () -> assertDeadline("Phấn đấu đến năm 2025 có thêm 03 đảng bộ.", DeadlineType.YEAR, "2025-12-31"),
                () -> assertDeadline("Thực hiện giai đoạn 2022 – 2025.", DeadlineType.RANGE, "2025-12-31"),
                () -> assertDeadline("Triển khai 2022-2025.", DeadlineType.RANGE, "2025-12-31"),
                () -> assertDeadline("Rà soát dữ liệu, xong trước ngày 30/6/2024.", DeadlineType.DATE, "2024-06-30"),
                () -> assertDeadline("Tổ chức hội nghị, hoàn thành trong quý II/2024.", DeadlineType.QUARTER, "2024-06-30"),
                () -> assertDeadline("Tập huấn cho người cao tuổi trong tháng 9/2024.", DeadlineType.MONTH, "2024-09-30"),
                () -> assertDeadline("Nộp sổ ghi chép về chi ủy trước ngày 15/12/2024.", DeadlineType.DATE, "2024-12-15"));
    }

    @Test
    void ignoresTheDatesOfCitedDocuments() {
        assertAll(
                () -> assertNone("Thực hiện Quyết định số 238-QĐ/TW ngày 30/9/2020 của Ban Bí thư."),
                () -> assertNone("Hướng dẫn số 02-HD/TW ngày 8/02/2018 về tổng kết thực tiễn."),
                () -> assertNone("Kế hoạch số 71-KH/HU, ngày 21/7/2021 của Ban Thường vụ Huyện ủy."),
                () -> assertNone("Kết luận số 01- KL/TW ngày 18/5/2021 của Bộ Chính trị."),
                () -> assertNone("Nghị quyết ngày 26 tháng 01 năm 2022 của Huyện ủy."),
                () -> assertNone("Triển khai Quyết định số 1253/QĐ-UBND ngày 15/02/2024 về chuyển đổi số."),
                () -> assertNone("Thực hiện Công văn số 45/UBND-VX ngày 20/02/2024 về dịch vụ công."),
                () -> assertNone("Theo Quyết định số 15/2024/QĐ-UBND ngày 08/4/2024 về quy chế phối hợp."),
                () -> assertNone("Theo Kế hoạch số 120/KH-UBND, ngày 02/5/2024 về phòng cháy."));
    }

    @Test
    void ignoresTermsHistoryPeriodsAndNamesOfStrategies() {
        assertAll(
                () -> assertNone("Văn kiện Đại hội Đảng bộ các cấp, nhiệm kỳ 2020-2025."),
                () -> assertNone("Chủ đề thi đua nhiệm kỳ 2015 - 2020."),
                () -> assertNone("Tái bản lịch sử Đảng bộ huyện giai đoạn 1945 - 2025."),
                () -> assertNone("Quy hoạch phát triển báo chí của tỉnh đến năm 2025."),
                () -> assertNone("Kỷ niệm 20 năm thành lập huyện (21/9/2002 - 21/9/2022)."),
                () -> assertNone("Hằng năm, duy trì tổ chức ngày hội văn hóa."));
    }

    @Test
    void takesTheFirstDeadlineInReadingOrderAndSkipsImpossibleDates() {
        assertDeadline("Làm tốt trong năm 2022; giai đoạn 2022-2025 hoàn thành.", DeadlineType.YEAR, "2022-12-31");
        assertDeadline("Xong ngày 31/2/2022, chậm nhất trong tháng 13/2022 hoặc quý I/2023.", DeadlineType.QUARTER, "2023-03-31");
    }

    private static void assertDeadline(String text, DeadlineType type, String date) {
        assertEquals(new ParsedDeadline(type, LocalDate.parse(date)), DeadlineReader.read(text), text);
    }

    private static void assertNone(String text) {
        assertEquals(ParsedDeadline.NONE, DeadlineReader.read(text), text);
    }
}
