package vn.trienkhai.core.document.parsing;

/** How precisely a task deadline is stated. */
public enum DeadlineType {
    /** "ngày 31/7/2018". */
    DATE,
    /** "xong trong tháng 3/2022". */
    MONTH,
    /** "quý I/2023". */
    QUARTER,
    /** "trong năm 2021", "phấn đấu đến năm 2025". */
    YEAR,
    /** "giai đoạn 2022 – 2025". */
    RANGE,
    /** No deadline stated. */
    NONE
}
