package vn.trienkhai.core.document.parsing;

/**
 * A logical line classified by its leading marker.
 *
 * @param shape  the marker kind
 * @param number the numbering as written without separators ("II", "2.1", "3"), or "" when none
 * @param text   the text after the marker
 */
record BodyElement(Shape shape, String number, String text) {

    enum Shape {
        /** "I. MỤC ĐÍCH, YÊU CẦU", "II- NỘI DUNG". */
        ROMAN,
        /** "1. Mục đích", "2.1. Nâng cao …". */
        NUMBERED,
        /** "(1) 100% cán bộ …". */
        ENUMERATED,
        /** "- Tiếp tục …". */
        BULLET,
        /** Anything else. */
        PLAIN
    }

    /** Depth of a numbered item: 1 for "2.", 2 for "2.1.", 0 for other shapes. */
    int level() {
        return shape == Shape.NUMBERED ? (int) number.chars().filter(c -> c == '.').count() + 1 : 0;
    }
}
