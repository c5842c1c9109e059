package vn.trienkhai.core.report;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A report as the Party's documents are laid out (Hướng dẫn 36-HD/VPTW), ready for {@link PartyReportWriter}: the
 * letterhead, the title, the numbered sections, the recipients and the signer. Every text is as printed; the writer
 * only places and formats it.
 *
 * @param title      the kind of document, "BÁO CÁO"
 * @param subtitle   what it reports on: "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026"
 * @param sections   numbered I, II, … by the writer, in this order
 * @param recipients the "Nơi nhận:" lines without their dash: "Thường trực Huyện ủy (b/c),", "Lưu."
 */
public record PartyReport(Letterhead letterhead, String title, String subtitle, List<ReportSection> sections,
                          List<String> recipients, Signer signer) {

    public PartyReport {
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
    }

    /**
     * The top of the first page: on the left the issuing body under its superior and the number line, on the right
     * the place and date under "ĐẢNG CỘNG SẢN VIỆT NAM".
     *
     * @param superior    the body above the issuer, in capitals: "HUYỆN ỦY TAM ĐƯỜNG"; none for an organisation's top
     * @param issuingUnit the issuer in capitals: "BAN TUYÊN GIÁO"
     * @param number      "Số     -BC/HU", the number left blank for the office that registers it
     * @param placeAndDate "Tam Đường, ngày 04 tháng 12 năm 2026"
     */
    public record Letterhead(@Nullable String superior, String issuingUnit, String number, String placeAndDate) {
    }

    /**
     * Who signs: the capacity lines ("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), then room for the signature and the seal, then
     * the name, if known.
     */
    public record Signer(List<String> capacity, @Nullable String name) {

        public Signer {
            capacity = List.copyOf(capacity);
        }
    }
}
