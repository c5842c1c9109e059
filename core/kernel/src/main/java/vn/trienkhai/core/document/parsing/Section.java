package vn.trienkhai.core.document.parsing;

/**
 * A heading of the plan.
 *
 * @param code    roman part and numbering joined by dots: "I", "II.1", "II.2.3"
 * @param heading heading text as written, without numbering, markdown or trailing "." / ":"
 */
public record Section(String code, String heading) {
}
