package vn.trienkhai.core.document.parsing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a .docx plan in the shape {@link PlanTextParser} reads, the shape of the seed .txt files: one block
 * per paragraph, blocks separated by a blank line, a line break inside a paragraph kept as a line break.
 *
 * <p>Only the body counts. Tables (the two-column letterhead of every Party document) are read row by row, cell by
 * cell. Headers and footers (page numbers, running titles), footnotes and their marks, and changes tracked as
 * deleted are left out. Word's automatic list numbers and bullets are no part of a paragraph's text and are not
 * reproduced: a list paragraph gives its typed text only.
 */
public final class DocxText {

    /** POI holds the whole file in memory: larger files are refused before it sees them. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private DocxText() {
    }

    /**
     * The text of the .docx in {@code docx}, read to its end; the stream is not closed.
     *
     * @throws UnreadableDocumentException when the content is larger than {@link #MAX_BYTES}, is not a .docx or
     *                                     is damaged; POI's zip-bomb guard (ZipSecureFile) applies
     */
    public static String read(InputStream docx) {
        byte[] bytes = readAtMostMaxBytes(docx);
        List<String> blocks = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            collect(document.getBodyElements(), blocks);
        } catch (IOException | RuntimeException notADocx) {
            // POI has no common type for a bad file: IOException (zip bomb), NotOfficeXmlFileException,
            // EmptyFileException, POIXMLException… all mean "not a readable .docx" here
            throw new UnreadableDocumentException(notADocx.getMessage(), notADocx);
        }
        return String.join(PARAGRAPH_SEPARATOR, blocks);
    }

    private static byte[] readAtMostMaxBytes(InputStream docx) {
        try {
            byte[] bytes = docx.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UnreadableDocumentException("larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(List<IBodyElement> elements, List<String> blocks) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                add(visibleText(paragraph), blocks);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), blocks);
                    }
                }
            } else if (element instanceof XWPFSDT contentControl) {
                add(contentControl.getContent().getText(), blocks);
            }
        }
    }

    private static void add(String block, List<String> blocks) {
        if (!block.isBlank()) {
            blocks.add(block);
        }
    }

    /** Like {@link XWPFParagraph#getText()} without the "[footnoteRef:1]" marks and footnote texts it appends. */
    private static String visibleText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run && isVisible(run)) {
                text.append(run.text());
            } else if (element instanceof XWPFSDT contentControl) {
                text.append(contentControl.getContent().getText());
            }
        }
        return text.toString();
    }

    private static boolean isVisible(XWPFRun run) {
        var xml = run.getCTR();
        return xml.sizeOfDelTextArray() == 0 && xml.sizeOfFootnoteReferenceArray() == 0 && xml.sizeOfEndnoteReferenceArray() == 0;
    }
}
