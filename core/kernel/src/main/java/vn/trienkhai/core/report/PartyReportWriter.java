package vn.trienkhai.core.report;

import jakarta.inject.Singleton;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.trienkhai.core.report.PartyReport.Letterhead;
import vn.trienkhai.core.report.ReportSection.Block;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.report.ReportSection.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

import static vn.trienkhai.core.report.DocxFormat.Style.BOLD;
import static vn.trienkhai.core.report.DocxFormat.Style.BOLD_ITALIC;
import static vn.trienkhai.core.report.DocxFormat.Style.ITALIC;
import static vn.trienkhai.core.report.DocxFormat.Style.PLAIN;

/**
 * Writes a {@link PartyReport} as a .docx laid out as Hướng dẫn 36-HD/VPTW asks (see DD005): A4, margins 20 mm top
 * and bottom, 30 mm left, 15 mm right; Times New Roman, body text 14 pt, justified, its first line indented; the
 * letterhead as a borderless table of two columns; the title centred and bold; section tables bordered with a bold
 * header row; "Nơi nhận:" at the bottom left, the signer at the right.
 */
@Singleton
public class PartyReportWriter {

    /** The media type of a .docx document. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final int A4_WIDTH = 11_906;
    static final int A4_HEIGHT = 16_838;
    static final int MARGIN_TOP = DocxFormat.millimetres(20);
    static final int MARGIN_BOTTOM = DocxFormat.millimetres(20);
    static final int MARGIN_LEFT = DocxFormat.millimetres(30);
    static final int MARGIN_RIGHT = DocxFormat.millimetres(15);
    /** The width between the margins, in twentieths of a point. */
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    private static final String RECIPIENTS = "Nơi nhận:";
    private static final String STAR = "*";
    private static final String RULE = "-----";
    private static final int SIGNATURE_LINES = 4;
    /** A cell holding only a figure: "12", "82,5%", "1.250". */
    private static final Pattern FIGURE = Pattern.compile("[\\d.,]+%?");

    public byte[] write(PartyReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxFormat.defaults(document);
            page(document);
            document.getProperties().getCoreProperties().setTitle(report.title() + " " + report.subtitle());
            letterhead(document, report.letterhead());
            title(document, report);
            for (int index = 0; index < report.sections().size(); index++) {
                section(document, index, report.sections().get(index));
            }
            closing(document, report);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(DocxFormat.millimetres(10)));
        margins.setFooter(BigInteger.valueOf(DocxFormat.millimetres(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Left: the superior, the issuer in bold, a star, the number. Right: the Party's name, the place and date. */
    private static void letterhead(XWPFDocument document, Letterhead letterhead) {
        XWPFTable table = frame(document, 45);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph first = left.getParagraphs().getFirst();
        if (letterhead.superior() != null) {
            DocxFormat.line(first, ParagraphAlignment.CENTER, letterhead.superior(), PLAIN, DocxFormat.BODY);
            first = left.addParagraph();
        }
        DocxFormat.line(first, ParagraphAlignment.CENTER, letterhead.issuingUnit(), BOLD, DocxFormat.BODY);
        DocxFormat.line(left.addParagraph(), ParagraphAlignment.CENTER, STAR, PLAIN, DocxFormat.BODY);
        DocxFormat.line(left.addParagraph(), ParagraphAlignment.CENTER, letterhead.number(), PLAIN, DocxFormat.BODY);
        XWPFTableCell right = table.getRow(0).getCell(1);
        DocxFormat.line(right.getParagraphs().getFirst(), ParagraphAlignment.CENTER, PARTY, BOLD, DocxFormat.HEADING)
                .getRuns().getFirst().setUnderline(UnderlinePatterns.SINGLE);
        DocxFormat.line(right.addParagraph(), ParagraphAlignment.CENTER, "", PLAIN, DocxFormat.BODY);
        DocxFormat.line(right.addParagraph(), ParagraphAlignment.RIGHT, letterhead.placeAndDate(), ITALIC, DocxFormat.BODY);
    }

    private static void title(XWPFDocument document, PartyReport report) {
        XWPFParagraph title = DocxFormat.line(document.createParagraph(), ParagraphAlignment.CENTER, report.title(), BOLD, DocxFormat.TITLE);
        title.setSpacingBefore(DocxFormat.points(18));
        title.setSpacingAfter(0);
        DocxFormat.line(document.createParagraph(), ParagraphAlignment.CENTER, report.subtitle(), BOLD, DocxFormat.BODY).setSpacingAfter(0);
        DocxFormat.line(document.createParagraph(), ParagraphAlignment.CENTER, RULE, PLAIN, DocxFormat.BODY)
                .setSpacingAfter(DocxFormat.points(12));
    }

    private static void section(XWPFDocument document, int index, ReportSection section) {
        DocxFormat.body(document.createParagraph(), DocxFormat.roman(index + 1) + ". " + section.heading(), BOLD);
        for (Block block : section.blocks()) {
            switch (block) {
                case Paragraph paragraph -> DocxFormat.body(document.createParagraph(), paragraph.text(), PLAIN);
                case Table table -> table(document, table);
            }
        }
    }

    private static void table(XWPFDocument document, Table content) {
        int columns = content.header().size();
        XWPFTable table = document.createTable(content.rows().size() + 1, columns);
        int[] widths = DocxFormat.columnWidths(content, TEXT_WIDTH);
        DocxFormat.grid(table, widths);
        fill(table.getRow(0), content.header(), widths, BOLD, ParagraphAlignment.CENTER);
        table.getRow(0).setRepeatHeader(true);
        for (int row = 0; row < content.rows().size(); row++) {
            fill(table.getRow(row + 1), content.rows().get(row), widths, PLAIN, ParagraphAlignment.LEFT);
        }
        XWPFParagraph after = content.note() == null ? document.createParagraph()
                : DocxFormat.line(document.createParagraph(), ParagraphAlignment.BOTH, content.note(), ITALIC, DocxFormat.SMALL);
        after.setSpacingAfter(DocxFormat.points(6));
    }

    /** A row that never breaks across pages; figures centred, words as the row asks. */
    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, DocxFormat.Style style, ParagraphAlignment alignment) {
        row.setCantSplitRow(true);
        for (int column = 0; column < cells.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            cell.setWidth(String.valueOf(widths[column]));
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            String text = cells.get(column);
            DocxFormat.line(cell.getParagraphs().getFirst(), FIGURE.matcher(text).matches() ? ParagraphAlignment.CENTER : alignment,
                    text, style, DocxFormat.TABLE);
        }
    }

    /** "Nơi nhận:" and its lines at the bottom left, the signer's capacity, the room to sign and the name at the right. */
    private static void closing(XWPFDocument document, PartyReport report) {
        document.createParagraph().setSpacingAfter(0);
        XWPFTable table = frame(document, 50);
        XWPFTableCell left = table.getRow(0).getCell(0);
        DocxFormat.line(left.getParagraphs().getFirst(), ParagraphAlignment.LEFT, RECIPIENTS, BOLD_ITALIC, DocxFormat.RECIPIENTS);
        for (String recipient : report.recipients()) {
            DocxFormat.line(left.addParagraph(), ParagraphAlignment.LEFT, "- " + recipient, PLAIN, DocxFormat.RECIPIENT_LINE);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph line = right.getParagraphs().getFirst();
        for (String capacity : report.signer().capacity()) {
            DocxFormat.line(line, ParagraphAlignment.CENTER, capacity, BOLD, DocxFormat.BODY);
            line = right.addParagraph();
        }
        for (int blank = 1; blank < SIGNATURE_LINES; blank++) {
            DocxFormat.line(line, ParagraphAlignment.CENTER, "", PLAIN, DocxFormat.BODY);
            line = right.addParagraph();
        }
        DocxFormat.line(line, ParagraphAlignment.CENTER, report.signer().name() == null ? "" : report.signer().name(), BOLD, DocxFormat.BODY);
    }

    /** A borderless table of one row and two columns over the text width, the left one {@code leftPercent} wide. */
    private static XWPFTable frame(XWPFDocument document, int leftPercent) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        int left = TEXT_WIDTH * leftPercent / 100;
        int[] widths = {left, TEXT_WIDTH - left};
        DocxFormat.grid(table, widths);
        for (int column = 0; column < 2; column++) {
            table.getRow(0).getCell(column).setWidth(String.valueOf(widths[column]));
        }
        return table;
    }
}
