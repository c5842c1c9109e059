package vn.trienkhai.core.access;

/**
 * Every operation a service offers that {@link AccessPolicy} decides. A new service operation gets a constant
 * here and an entry in the policy's table; the authorisation matrix test fails until both exist.
 */
public enum Operation {
    UNIT_READ,
    UNIT_CREATE,
    UNIT_UPDATE,
    UNIT_RESTRUCTURE,
    ORGANISATION_CREATE,
    MODULE_READ,
    MODULE_SWITCH,
    ACCOUNT_READ,
    ACCOUNT_MANAGE,
    AUDIT_READ,
    DOCUMENT_READ,
    DOCUMENT_REGISTER,
    DOCUMENT_IMPORT,
    TASK_READ,
    TASK_REPORT,
    TASK_COMMENT,
    TASK_MANAGE,
    INDICATOR_MANAGE,
    FIGURE_READ,
    FIGURE_ENTER,
    FIGURE_LOCK,
    REPORT_REQUEST,
    REPORT_SUBMIT,
    REPORT_REVIEW,
    OWN_PASSWORD_CHANGE,
    OWN_TOKEN_MANAGE
}
