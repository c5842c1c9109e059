package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void stripsMarkdownAndDecorativeLines() {
        String text = "\\*\n\n## **KẾ HOẠCH**\n\n-----\n### **I. MỤC ĐÍCH, YÊU CẦU**\n(*khèn Mông, Pí kèo*)\n"
                + "định kỳ báo cáo theo quy định./.";
        assertEquals(List.of("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "(khèn Mông, Pí kèo) định kỳ báo cáo theo quy định."),
                texts(text));
    }

    @Test
    void joinsALowerCaseContinuationAfterAPageBreak() {
        String text = "- Tăng cường sự phối hợp trong trao đổi thông tin, hoạt\n\nđộng tuyên truyền; tham gia giải quyết.";
        assertEquals(List.of("- Tăng cường sự phối hợp trong trao đổi thông tin, hoạt động tuyên truyền; tham gia giải quyết."),
                texts(text));
    }

    @Test
    void joinsADocumentNumberCutInTwoWithoutASpace() {
        String text = "- Tài liệu: Chỉ thị số 11-\n\nCT/TW của Bộ Chính trị khóa VIII.";
        assertEquals(List.of("- Tài liệu: Chỉ thị số 11-CT/TW của Bộ Chính trị khóa VIII."), texts(text));
    }

    @Test
    void joinsAnUpperCaseContinuationOfAnUnfinishedBullet() {
        String text = "- Thực hiện Kết luận số 76-KL/TW về tiếp tục thực hiện\n\nNghị quyết số 33-NQ/TW về văn hóa.\n\nTổ chức tốt.";
        assertEquals(List.of("- Thực hiện Kết luận số 76-KL/TW về tiếp tục thực hiện Nghị quyết số 33-NQ/TW về văn hóa.",
                "Tổ chức tốt."), texts(text));
    }

    @Test
    void keepsHeadingsSubjectsItemsAndClosingApart() {
        String text = "KẾ HOẠCH\n\nquán triệt Chỉ thị 44-CT/TW\nvề đổi mới\n\n1. Ban Tuyên giáo Thị ủy\n\nTham mưu, giúp Ban Thường vụ\n"
                + "- Lưu VP\n\n- Nơi khác\nNơi nhận:\nT/M HUYỆN ỦY";
        assertEquals(List.of("KẾ HOẠCH", "quán triệt Chỉ thị 44-CT/TW về đổi mới", "1. Ban Tuyên giáo Thị ủy",
                "Tham mưu, giúp Ban Thường vụ", "- Lưu VP", "- Nơi khác", "Nơi nhận:", "T/M HUYỆN ỦY"), texts(text));
    }

    @Test
    void recordsBlankLinesAndNormalisesLineBreaksAndSpaces() {
        List<TextLine> lines = LineReader.read("Dòng một\r\n\r\nDòng\u00A0\t hai\rDòng ba");
        assertEquals(List.of(new TextLine("Dòng một", false), new TextLine("Dòng hai", true), new TextLine("Dòng ba", false)),
                lines);
    }

    @Test
    void composesDecomposedVietnamese() {
        assertEquals(List.of("KẾ HOẠCH"), texts("KE\u0302\u0301 HOA\u0323CH"));
    }

    private static List<String> texts(String text) {
        return LineReader.read(text).stream().map(TextLine::text).toList();
    }
}
