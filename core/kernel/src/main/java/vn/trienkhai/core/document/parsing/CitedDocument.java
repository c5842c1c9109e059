package vn.trienkhai.core.document.parsing;

import java.time.LocalDate;

/**
 * A document cited by number in a plan.
 *
 * @param symbol   normalised number ("168-KH/TU")
 * @param kind     kind from the symbol
 * @param issuedOn date written after the number ("ngày 22/9/2020"), or null
 * @param issuer   issuing body written after "của" ("Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"), or null
 */
public record CitedDocument(String symbol, DocumentKind kind, LocalDate issuedOn, String issuer) {
}
