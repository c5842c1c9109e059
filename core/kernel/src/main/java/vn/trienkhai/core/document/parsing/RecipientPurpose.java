package vn.trienkhai.core.document.parsing;

/** Why a recipient receives the plan. */
public enum RecipientPurpose {
    /** "(b/c)": for report, to a superior body. */
    REPORT,
    /** "(t/h)": for execution. */
    EXECUTE,
    /** No marker: for information. */
    INFO,
    /** "Lưu VP": the archive copy. */
    ARCHIVE
}
