package vn.trienkhai.core.access;

/** What a user may do, within the subtree of their home unit. Labels are {@code role.<NAME>}. */
public enum Role {
    /** Runs the installation: every organisation, every operation. */
    SYSTEM_ADMIN,
    /** Manages one organisation: its units, users, modules and audit log. */
    ORGANISATION_ADMIN,
    /** Bí thư, Ban Thường vụ: reads everything in scope. */
    LEADER,
    /** Department staff: manages documents, tasks, indicators and the modules granted to them. */
    OFFICER,
    /** A unit's reporter: updates the tasks and figures of their own unit. */
    REPORTER,
    /** Reads what is in scope. */
    VIEWER;

    public String labelKey() {
        return "role." + name();
    }
}
