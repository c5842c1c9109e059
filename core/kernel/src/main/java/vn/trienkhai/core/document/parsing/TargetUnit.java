package vn.trienkhai.core.document.parsing;

/** What the value of a {@link ParsedTarget} measures. */
public enum TargetUnit {
    /** "98%". */
    PERCENT,
    /** "có thêm 03 xã, thị trấn". */
    COUNT,
    /** "500 triệu đồng". */
    MONEY,
    /** A physical measure: "12 km", "30 ha", "40 giờ". */
    OTHER
}
