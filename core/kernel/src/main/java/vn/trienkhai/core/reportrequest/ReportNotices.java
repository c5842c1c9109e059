package vn.trienkhai.core.reportrequest;

import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.notification.Notifications;
import vn.trienkhai.core.notification.Notifications.Kind;
import vn.trienkhai.core.reportrequest.internal.ReportRows.RequestRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SubmissionRow;
import vn.trienkhai.core.sql.Sql;

import java.util.List;

/**
 * What the two sides of a report request are told (DD006): the units asked, when a request reaches them and when their
 * answer is handed back; the one who asked, when an answer arrives. Each notice links to the page to act on.
 */
@Singleton
class ReportNotices {

    private final Notifications notifications;
    private final Sql sql;
    private final Messages messages;

    ReportNotices(Notifications notifications, Sql sql, Messages messages) {
        this.notifications = notifications;
        this.sql = sql;
        this.messages = messages;
    }

    void asked(RequestRow request, List<SubmissionRow> submissions) {
        String text = messages.get("notification.report-asked", request.unitName(), request.title(),
                ReportRequestStore.period(request).label(), request.dueOn());
        submissions.forEach(submission -> notifications.post(request.organisationId(), submission.unitId(), Kind.REPORT_ASKED,
                submissionLink(submission), text));
    }

    void sent(RequestRow request, String unitName) {
        notifications.post(request.organisationId(), askerUnit(request), Kind.REPORT_SENT, "reports/requests/" + request.id(),
                messages.get("notification.report-sent", unitName, request.title()));
    }

    void returned(RequestRow request, SubmissionRow submission, String reason) {
        notifications.post(request.organisationId(), submission.unitId(), Kind.REPORT_RETURNED, submissionLink(submission),
                messages.get("notification.report-returned", request.unitName(), request.title(), reason));
    }

    /**
     * The home unit of the account that issued the request: a department's officer asks in the committee's name, and it is
     * the officer who reviews. The committee itself when that account has no home unit (an installation's job) or is gone.
     */
    private long askerUnit(RequestRow request) {
        List<Long> homes = sql.list("SELECT home_unit_id FROM account WHERE login = ? AND home_unit_id IS NOT NULL",
                List.of(request.createdBy()), row -> row.getLong(1));
        return homes.isEmpty() ? request.unitId() : homes.getFirst();
    }

    private static String submissionLink(SubmissionRow submission) {
        return "reports/submissions/" + submission.id();
    }
}
