package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RecurrenceReaderTest {

    @Test
    void readsEachRecurrence() {
        assertAll(
                () -> assertEquals(Recurrence.WEEKLY, RecurrenceReader.read("Giao ban hằng tuần.")),
                () -> assertEquals(Recurrence.MONTHLY, RecurrenceReader.read("Hằng tháng, Đảng ủy tổ chức hội nghị.")),
                () -> assertEquals(Recurrence.MONTHLY, RecurrenceReader.read("báo cáo hàng tháng")),
                () -> assertEquals(Recurrence.QUARTERLY, RecurrenceReader.read("sơ kết hằng quý")),
                () -> assertEquals(Recurrence.HALF_YEARLY, RecurrenceReader.read("định kỳ gắn với báo cáo 6 tháng, cuối năm")),
                () -> assertEquals(Recurrence.HALF_YEARLY, RecurrenceReader.read("báo cáo định kỳ 6 tháng")),
                () -> assertEquals(Recurrence.ANNUAL, RecurrenceReader.read("chương trình kiểm tra, giám sát hằng năm")),
                () -> assertEquals(Recurrence.ANNUAL, RecurrenceReader.read("Hàng năm, bố trí kinh phí")),
                () -> assertEquals(Recurrence.ANNUAL, RecurrenceReader.read("lập dự toán theo từng năm")));
    }

    @Test
    void theMostFrequentRecurrenceWins() {
        assertEquals(Recurrence.QUARTERLY, RecurrenceReader.read("định kỳ gắn với báo cáo quý, 6 tháng, cuối năm"));
        assertEquals(Recurrence.MONTHLY, RecurrenceReader.read("hằng năm tổng kết, hằng tháng giao ban"));
    }

    @Test
    void statesNothingWithoutAPeriod() {
        assertAll(
                () -> assertNull(RecurrenceReader.read("định kỳ tham mưu sơ kết, tổng kết")),
                () -> assertNull(RecurrenceReader.read("trong công việc hàng ngày")),
                () -> assertNull(RecurrenceReader.read("nhiệm vụ thường xuyên của cán bộ")),
                () -> assertNull(RecurrenceReader.read("làm nhẹ nhàng năm nay")),
                () -> assertNull(RecurrenceReader.read("khoảng 6 tháng đầu năm")));
    }
}
