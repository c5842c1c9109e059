package vn.trienkhai.core.document;

import vn.trienkhai.core.text.VietnameseText;

/** What a task asks for: work to report on, or the unit's own implementing plan, which fulfils it when issued. */
public enum TaskKind {
    ACTION,
    /** "xây dựng kế hoạch thực hiện": done when the unit registers a plan implementing the document (DD003). */
    OWN_PLAN;

    private static final String PLAN_PHRASE = "xay dung ke hoach";

    public static TaskKind of(String text) {
        return VietnameseText.fold(text).contains(PLAN_PHRASE) ? OWN_PLAN : ACTION;
    }
}
