package vn.trienkhai.core.document.parsing;

/**
 * The signature block.
 *
 * @param name     the person ("Tần Thị Quế")
 * @param capacity the capacity lines as written, in capitals, joined by ", " ("T/M HUYỆN ỦY, BÍ THƯ")
 */
public record ParsedSigner(String name, String capacity) {
}
