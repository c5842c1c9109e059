package vn.trienkhai.core.document.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** .docx files made in memory, for the kernel's and the app's tests. */
public final class DocxFiles {

    private DocxFiles() {
    }

    /** The document {@code content} writes, as the bytes of a .docx file. */
    public static byte[] write(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A plain text typed into Word: one paragraph per block of lines between blank lines, the lines of a block
     * separated by line breaks (Shift+Enter).
     */
    public static byte[] fromText(String text) {
        return write(document -> {
            for (String block : text.split("\n\\s*\n")) {
                paragraph(document, block.split("\n"));
            }
        });
    }

    /** A new paragraph of {@code lines} separated by line breaks. */
    public static XWPFParagraph paragraph(XWPFDocument document, String... lines) {
        XWPFParagraph paragraph = document.createParagraph();
        for (int i = 0; i < lines.length; i++) {
            var run = paragraph.createRun();
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return paragraph;
    }
}
