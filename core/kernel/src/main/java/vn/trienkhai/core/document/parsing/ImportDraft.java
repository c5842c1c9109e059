package vn.trienkhai.core.document.parsing;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link PlanTextParser} read from the text of a plan: a draft for a person to review, never a
 * verified record. Scalar fields are null when the document does not state them; lists are never null.
 *
 * @param symbol         normalised number of the plan ("102-KH/HU"); null when the text states none
 * @param number         the number part (102); null with the symbol
 * @param kind           kind from the symbol, else from the heading word ("KẾ HOẠCH" gives KH)
 * @param issuerCode     issuer part of the symbol ("HU"); null with the symbol
 * @param issuedOn       date of issue from the "Place, ngày … tháng … năm …" line
 * @param place          place of that line ("Tam Đường")
 * @param title          subject line(s) under the heading, markdown stripped, on one line
 * @param implementsDocs documents named in the opening "Thực hiện …" paragraph: what this plan implements
 * @param basedOn        documents named in "Căn cứ …" paragraphs
 * @param mentioned      documents named in those paragraphs only inside the subject of another citation
 *                       (the documents that the implemented documents themselves implement)
 * @param sections       headings in reading order ("I", "II.1", "II.2.3")
 * @param targets        numeric targets from "Mục tiêu"/"Chỉ tiêu" parts
 * @param tasks          tasks from the content and "Tổ chức thực hiện" parts
 * @param recipients     lines of the "Nơi nhận" block
 * @param signer         signature block, or null
 */
public record ImportDraft(
        String symbol,
        Integer number,
        DocumentKind kind,
        String issuerCode,
        LocalDate issuedOn,
        String place,
        String title,
        List<CitedDocument> implementsDocs,
        List<CitedDocument> basedOn,
        List<CitedDocument> mentioned,
        List<Section> sections,
        List<ParsedTarget> targets,
        List<ParsedTask> tasks,
        List<ParsedRecipient> recipients,
        ParsedSigner signer) {

    public ImportDraft {
        implementsDocs = copy(implementsDocs);
        basedOn = copy(basedOn);
        mentioned = copy(mentioned);
        sections = copy(sections);
        targets = copy(targets);
        tasks = copy(tasks);
        recipients = copy(recipients);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
