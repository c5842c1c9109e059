package vn.trienkhai.core.report;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.trienkhai.core.report.ReportSection.Table;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The few formatting moves {@link PartyReportWriter} repeats, in POI's terms: runs in Times New Roman at a size,
 * body paragraphs, fixed table grids. Lengths are in twentieths of a point (twips), as Word stores them.
 */
final class DocxFormat {

    static final String FONT = "Times New Roman";
    static final int BODY = 14;
    /** "ĐẢNG CỘNG SẢN VIỆT NAM" */
    static final int HEADING = 15;
    /** "BÁO CÁO" */
    static final int TITLE = 16;
    static final int TABLE = 13;
    static final int SMALL = 12;
    static final int RECIPIENTS = 12;
    static final int RECIPIENT_LINE = 11;
    /** The first-line indent of body paragraphs: 1 cm. */
    static final int INDENT = millimetres(10);
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    /** A column is never narrower than this many characters, nor asks for more than the other bound. */
    private static final int NARROWEST = 3;
    private static final int WIDEST = 60;
    /** The width of an average character of 13 pt Times New Roman, bold headers included, in twips; a cell adds two for its margins. */
    private static final int CHARACTER = 150;

    enum Style { PLAIN, BOLD, ITALIC, BOLD_ITALIC }

    private DocxFormat() {
    }

    static int millimetres(int mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static int points(int pt) {
        return pt * 20;
    }

    /** The document's own defaults, so that text typed into it later is in the same font, size and language. */
    static void defaults(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(BODY * 2));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY * 2));
        run.addNewLang().setVal("vi-VN");
        document.createStyles().setStyles(styles);
    }

    /** One line of the letterhead, the title or a table cell: {@code text} in one run, no space after. */
    static XWPFParagraph line(XWPFParagraph paragraph, ParagraphAlignment alignment, String text, Style style, int size) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        run(paragraph, text, style, size);
        return paragraph;
    }

    /** A paragraph of the body: justified, the first line indented, 6 pt after. */
    static void body(XWPFParagraph paragraph, String text, Style style) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(INDENT);
        paragraph.setSpacingAfter(points(6));
        paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        run(paragraph, text, style, BODY);
    }

    private static void run(XWPFParagraph paragraph, String text, Style style, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(style == Style.BOLD || style == Style.BOLD_ITALIC);
        run.setItalic(style == Style.ITALIC || style == Style.BOLD_ITALIC);
        run.setText(text);
    }

    /**
     * The columns' widths over {@code total}: each at least as wide as its longest word (so that "Hoàn thành" never
     * breaks inside a word), the rest shared by how much longer its longest text is than that.
     */
    static int[] columnWidths(Table table, int total) {
        int columns = table.header().size();
        int[] least = new int[columns];
        int[] wanted = new int[columns];
        for (int column = 0; column < columns; column++) {
            int word = longestWord(table.header().get(column));
            int text = 0;
            for (List<String> row : table.rows()) {
                word = Math.max(word, longestWord(row.get(column)));
                text = Math.max(text, row.get(column).length());
            }
            least[column] = (Math.max(word, NARROWEST) + 2) * CHARACTER;
            wanted[column] = Math.max(0, Math.min(text, WIDEST) * CHARACTER - least[column]);
        }
        int floor = Arrays.stream(least).sum();
        int extra = Arrays.stream(wanted).sum();
        int[] widths = new int[columns];
        for (int column = 0; column < columns; column++) {
            widths[column] = floor >= total ? total * least[column] / floor
                    : least[column] + (extra == 0 ? (total - floor) / columns : (int) ((long) (total - floor) * wanted[column] / extra));
        }
        widths[columns - 1] += total - Arrays.stream(widths).sum();
        return widths;
    }

    private static int longestWord(String text) {
        return Arrays.stream(text.split("\\s+")).mapToInt(String::length).max().orElse(0);
    }

    /** A fixed layout with these column widths: Word and LibreOffice then agree on where the columns fall. */
    static void grid(XWPFTable table, int[] widths) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        var properties = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    static String roman(int number) {
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                roman.append(ROMAN[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return roman.toString();
    }
}
