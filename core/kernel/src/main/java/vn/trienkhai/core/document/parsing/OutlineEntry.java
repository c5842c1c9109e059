package vn.trienkhai.core.document.parsing;

import java.util.List;

/**
 * A piece of the body placed in the outline of the plan.
 *
 * @param section code of the item itself or of the innermost heading above it; null before any heading
 * @param role    what the part it belongs to is for
 * @param shape   NUMBERED for a numbered item (which owns {@code body}); otherwise the shape of the line
 * @param text    the text after the marker; for an item headed by a unit, the text after the unit
 * @param unit    the unit heading a numbered item ("Ban Tuyên giáo Thị ủy"), or null
 * @param body    the lines under a numbered item that is a task rather than a heading
 * @param year    the year named by the innermost heading ("Mục tiêu đến năm 2025"), or null
 */
record OutlineEntry(String section, Role role, BodyElement.Shape shape, String text, String unit, List<String> body,
                    Integer year) {

    /** The purpose of a part of the plan, which decides whether its lines are tasks, targets or neither. */
    enum Role {
        /** "MỤC ĐÍCH, YÊU CẦU": no tasks. */
        PURPOSE,
        /** "NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP" and any other part: lines are tasks. */
        CONTENT,
        /** "Mục tiêu", "Chỉ tiêu": lines are numeric targets. */
        TARGETS,
        /** "TỔ CHỨC THỰC HIỆN": every numbered item is a task, never a heading. */
        IMPLEMENTATION
    }

    OutlineEntry {
        body = List.copyOf(body);
    }
}
