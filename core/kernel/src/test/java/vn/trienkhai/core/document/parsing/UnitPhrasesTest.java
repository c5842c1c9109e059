package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitPhrasesTest {

    @Test
    void readsLeadAndCoordinatingUnits() {
        assertAll(
                () -> assertAssignment("Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu cho Huyện ủy",
                        "Ban Tuyên giáo Huyện ủy", List.of("Văn phòng Huyện ủy")),
                () -> assertAssignment("Giao Ban Tuyên giáo Đảng ủy chủ trì, phối hợp các ban, Văn phòng Đảng ủy, các đoàn thể "
                                + "các cơ quan tỉnh thường xuyên theo dõi",
                        "Ban Tuyên giáo Đảng ủy", List.of("các ban", "Văn phòng Đảng ủy", "các đoàn thể các cơ quan tỉnh")),
                () -> assertAssignment("Ban Tuyên giáo Đảng ủy Khối phối hợp với Văn phòng và các ban của Đảng ủy Khối tham mưu",
                        "Ban Tuyên giáo Đảng ủy Khối", List.of("Văn phòng và các ban của Đảng ủy Khối")),
                () -> assertAssignment("Cấp ủy các chi bộ phối hợp với thủ trưởng cơ quan, đơn vị chủ động nắm chắc tình hình",
                        "Cấp ủy các chi bộ", List.of("thủ trưởng cơ quan, đơn vị")),
                () -> assertAssignment("Hằng tháng, Đảng ủy Các cơ quan tỉnh tổ chức hội nghị thông tin",
                        "Đảng ủy Các cơ quan tỉnh", List.of()),
                () -> assertAssignment("Ban Tổ chức Đảng ủy Khối tham mưu Ban Thường vụ", "Ban Tổ chức Đảng ủy Khối", List.of()),
                () -> assertAssignment("Cấp ủy, tổ chức đảng tiếp tục tăng cường", "Cấp ủy, tổ chức đảng", List.of()),
                () -> assertAssignment("Các cấp ủy cần quan tâm đến cán bộ", "Các cấp ủy", List.of()));
    }

    @Test
    void findsNoLeadWhereTheTextDoesNotOpenWithAUnit() {
        assertAll(
                () -> assertEquals(Optional.empty(), UnitPhrases.assignment("Tổ chức quán triệt Chỉ thị 44.")),
                () -> assertEquals(Optional.empty(), UnitPhrases.assignment("Tăng cường sự phối hợp giữa Ban Tuyên giáo.")),
                () -> assertEquals(Optional.empty(), UnitPhrases.assignment("Bí thư cấp ủy thường xuyên phổ biến.")),
                () -> assertEquals(Optional.empty(), UnitPhrases.assignment("Phòng, chống tham nhũng, lãng phí.")),
                () -> assertEquals(Optional.empty(), UnitPhrases.assignment("Ban hành kế hoạch thực hiện.")),
                () -> assertEquals(Optional.empty(), UnitPhrases.assignment("Các cấp ủy")),
                () -> assertEquals(Optional.empty(), UnitPhrases.assignment("Các cấp ủy. Sau đó tổ chức hội nghị.")));
    }

    @Test
    void readsTheUnitHeadingANumberedItem() {
        assertAll(
                () -> assertEquals(Optional.of(new UnitPhrases.ItemLabel("Các chi, đảng bộ cơ sở", "tập trung lãnh đạo.")),
                        UnitPhrases.itemLabel("Các chi, đảng bộ cơ sở: tập trung lãnh đạo.", false)),
                () -> assertEquals(Optional.of(new UnitPhrases.ItemLabel("Ban Tuyên giáo Thị ủy", "")),
                        UnitPhrases.itemLabel("Ban Tuyên giáo Thị ủy", true)),
                () -> assertEquals(Optional.empty(), UnitPhrases.itemLabel("Ban Tuyên giáo Thị ủy", false)),
                () -> assertEquals(Optional.empty(), UnitPhrases.itemLabel("Tài liệu: Chỉ thị số 06-CT/TU", false)),
                () -> assertEquals(Optional.empty(), UnitPhrases.itemLabel("Tổ chức học tập, quán triệt", true)),
                () -> assertEquals(Optional.empty(), UnitPhrases.itemLabel("Các cấp ủy có trách nhiệm: báo cáo", false)));
    }

    @Test
    void readsCoordinationAfterALeadGivenByAHeading() {
        assertEquals(List.of("Văn phòng"), UnitPhrases.coordinating("chủ trì, phối hợp với Văn phòng tham mưu"));
        assertEquals(List.of(), UnitPhrases.coordinating("tập trung lãnh đạo, phối hợp với Văn phòng"));
    }

    private static void assertAssignment(String text, String lead, List<String> coordinating) {
        assertEquals(Optional.of(new UnitPhrases.Assignment(lead, coordinating)), UnitPhrases.assignment(text), text);
    }
}
