package vn.trienkhai.core.document.parsing;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link HeaderReader} found before the body of a plan.
 *
 * @param number              the plan's own number, or null
 * @param headingKind         the kind named by the heading ("KẾ HOẠCH"), or null
 * @param issuedOn            date of issue, or null
 * @param place               place of issue, or null
 * @param title               subject line(s), or null
 * @param implementsOpenings  opening paragraphs starting with "Thực hiện"
 * @param basedOnOpenings     opening paragraphs starting with "Căn cứ"
 * @param bodyStart           index of the first body line
 */
record DocumentHeader(
        DocumentNumber number,
        DocumentKind headingKind,
        LocalDate issuedOn,
        String place,
        String title,
        List<String> implementsOpenings,
        List<String> basedOnOpenings,
        int bodyStart) {
}
