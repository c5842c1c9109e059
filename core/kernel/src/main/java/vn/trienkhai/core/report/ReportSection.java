package vn.trienkhai.core.report;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;

/**
 * One numbered part of a consolidated report: a heading ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", numbered I, II, … when
 * written) and its paragraphs and tables in order. A module builds its own, e.g.
 * <pre>{@code
 * new ReportSection("CÔNG TÁC BÁO CHÍ", List.of(
 *         new ReportSection.Paragraph("Năm 2026, các tổ chức đảng đặt 1.250 tờ báo, tạp chí của Đảng."),
 *         new ReportSection.Table(List.of("Đơn vị", "Số tờ"), List.of(List.of("Xã Bản Bo", "42")))));
 * }</pre>
 */
public record ReportSection(String heading, List<Block> blocks) {

    public ReportSection {
        blocks = List.copyOf(blocks);
    }

    public static ReportSection of(String heading, Block... blocks) {
        return new ReportSection(heading, Arrays.asList(blocks));
    }

    /** What a section is made of. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** A paragraph of body text: justified, indented on its first line. */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A bordered table with a bold header row; every row has as many cells as the header. The optional note is
     * written in italics under it ("Ghi chú: …").
     */
    public record Table(List<String> header, List<List<String>> rows, @Nullable String note) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells, the header " + header.size());
                }
            }
        }

        public Table(List<String> header, List<List<String>> rows) {
            this(header, rows, null);
        }
    }
}
