package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Reading .docx files made in memory into the text the plan parser reads. */
class DocxTextTest {

    @Test
    void readsTheBodyInOrderWithTablesRowByRowAndLeavesOutHeadersAndFootnotes() {
        byte[] docx = DocxFiles.write(document -> {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Trang 1");
            XWPFTable letterhead = document.createTable(2, 2);
            letterhead.getRow(0).getCell(0).setText("HUYỆN ỦY TAM ĐƯỜNG");
            letterhead.getRow(0).getCell(1).setText("ĐẢNG CỘNG SẢN VIỆT NAM");
            letterhead.getRow(1).getCell(0).setText("Số 102 - KH/HU");
            letterhead.getRow(1).getCell(1).setText("Tam Đường, ngày 26 tháng 01 năm 2022");
            XWPFRun heading = document.createParagraph().createRun();
            heading.setBold(true);
            heading.setText("KẾ HOẠCH");
            document.createParagraph();
            DocxFiles.paragraph(document, "1. Mục đích").addFootnoteReference(document.createFootnote());
            DocxFiles.paragraph(document, "Nơi nhận:", "- TT Tỉnh ủy (b/c),", "- Lưu.");
        });

        assertEquals("""
                HUYỆN ỦY TAM ĐƯỜNG

                ĐẢNG CỘNG SẢN VIỆT NAM

                Số 102 - KH/HU

                Tam Đường, ngày 26 tháng 01 năm 2022

                KẾ HOẠCH

                1. Mục đích

                Nơi nhận:
                - TT Tỉnh ủy (b/c),
                - Lưu.""", DocxText.read(new ByteArrayInputStream(docx)));
    }

    @Test
    void aSeedAsDocxParsesAsItsText() {
        String text = SeedFiles.read(SeedFiles.directory().resolve("002_8116868c8bd2955c.txt"));
        PlanTextParser parser = new PlanTextParser();

        ImportDraft fromDocx = parser.parse(DocxText.read(new ByteArrayInputStream(DocxFiles.fromText(text))));

        assertEquals("102-KH/HU", fromDocx.symbol());
        assertEquals(parser.parse(text), fromDocx);
    }

    @Test
    void refusesWhatIsNotADocx() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        for (byte[] content : new byte[][] {garbage, new byte[0], "KẾ HOẠCH".getBytes(StandardCharsets.UTF_8)}) {
            assertThrows(UnreadableDocumentException.class, () -> DocxText.read(new ByteArrayInputStream(content)));
        }
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt() {
        byte[] tooLarge = new byte[DocxText.MAX_BYTES + 1];
        assertThrows(UnreadableDocumentException.class, () -> DocxText.read(new ByteArrayInputStream(tooLarge)));
    }
}
