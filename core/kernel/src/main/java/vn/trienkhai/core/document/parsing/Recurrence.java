package vn.trienkhai.core.document.parsing;

/** How often a recurring duty repeats, from the most to the least frequent. */
public enum Recurrence {
    /** "hằng tuần". */
    WEEKLY,
    /** "hằng tháng", "hàng tháng". */
    MONTHLY,
    /** "hằng quý", "báo cáo quý". */
    QUARTERLY,
    /** "định kỳ 6 tháng", "6 tháng, cuối năm". */
    HALF_YEARLY,
    /** "hằng năm", "hàng năm", "theo từng năm". */
    ANNUAL
}
