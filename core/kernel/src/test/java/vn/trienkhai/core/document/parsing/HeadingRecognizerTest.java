package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingRecognizerTest {

    @Test
    void recognisesEachMarker() {
        assertAll(
                () -> assertShape("I. MỤC ĐÍCH, YÊU CẦU", BodyElement.Shape.ROMAN, "I", "MỤC ĐÍCH, YÊU CẦU"),
                () -> assertShape("III- TỔ CHỨC THỰC HIỆN", BodyElement.Shape.ROMAN, "III", "TỔ CHỨC THỰC HIỆN"),
                () -> assertShape("I- MỤC ĐÍCH, YÊU CẦU", BodyElement.Shape.ROMAN, "I", "MỤC ĐÍCH, YÊU CẦU"),
                () -> assertShape("II- CHỈ TIÊU", BodyElement.Shape.ROMAN, "II", "CHỈ TIÊU"),
                () -> assertShape("1- Ủy ban nhân dân xã chủ trì, phối hợp với Công an xã, hoàn thành trong quý III/2024.",
                        BodyElement.Shape.NUMBERED, "1",
                        "Ủy ban nhân dân xã chủ trì, phối hợp với Công an xã, hoàn thành trong quý III/2024."),
                () -> assertShape("IV. Tổ chức thực hiện", BodyElement.Shape.ROMAN, "IV", "Tổ chức thực hiện"),
                () -> assertShape("2.1. Nâng cao chất lượng", BodyElement.Shape.NUMBERED, "2.1", "Nâng cao chất lượng"),
                () -> assertShape("2.1 Nâng cao chất lượng", BodyElement.Shape.NUMBERED, "2.1", "Nâng cao chất lượng"),
                () -> assertShape("1. Mục đích", BodyElement.Shape.NUMBERED, "1", "Mục đích"),
                () -> assertShape("3) Giải pháp", BodyElement.Shape.NUMBERED, "3", "Giải pháp"),
                () -> assertShape("1- Mục đích", BodyElement.Shape.NUMBERED, "1", "Mục đích"),
                () -> assertShape("2 – Yêu cầu", BodyElement.Shape.NUMBERED, "2", "Yêu cầu"),
                () -> assertShape("2.1- Tuyên truyền", BodyElement.Shape.NUMBERED, "2.1", "Tuyên truyền"),
                () -> assertShape("(5) 40% đảng bộ xã", BodyElement.Shape.ENUMERATED, "5", "40% đảng bộ xã"),
                () -> assertShape("- Tiếp tục đổi mới", BodyElement.Shape.BULLET, "", "Tiếp tục đổi mới"),
                () -> assertShape("– Tiếp tục đổi mới", BodyElement.Shape.BULLET, "", "Tiếp tục đổi mới"));
    }

    @Test
    void leavesLookAlikesAsPlainText() {
        assertAll(
                () -> assertPlain("20 năm chia tách, thành lập huyện Tam Đường"),
                () -> assertPlain("2.000 người tham dự"),
                () -> assertPlain("12-KH/TU ngày 5/3/2024 của Tỉnh ủy"),
                () -> assertPlain("20-25% hộ gia đình"),
                () -> assertPlain("31/7/2018 là ngày tổ chức"),
                () -> assertPlain("V. Lê Văn A phát biểu ý kiến tại hội nghị về những nội dung quan trọng của kế hoạch."),
                () -> assertPlain("IIII. KHÔNG PHẢI SỐ LA MÃ"),
                () -> assertPlain("Tổ chức quán triệt"));
    }

    private static void assertShape(String line, BodyElement.Shape shape, String number, String text) {
        assertEquals(new BodyElement(shape, number, text), HeadingRecognizer.classify(line), line);
    }

    private static void assertPlain(String line) {
        assertEquals(BodyElement.Shape.PLAIN, HeadingRecognizer.classify(line).shape(), line);
    }
}
