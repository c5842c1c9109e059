package vn.trienkhai.core.document.parsing;

/**
 * One line of the "Nơi nhận" block.
 *
 * @param name    the recipient as written, without the dash, the purpose marker and the final "," or "."
 * @param purpose why it receives the plan
 */
public record ParsedRecipient(String name, RecipientPurpose purpose) {
}
