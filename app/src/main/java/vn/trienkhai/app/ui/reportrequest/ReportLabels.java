package vn.trienkhai.app.ui.reportrequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Counts;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words, dates and badges the report screens share. */
final class ReportLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private ReportLabels() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    /** "Chưa nộp", "Chờ duyệt"…, coloured like the task states: blue waiting, green approved, red returned. */
    static Span status(SubmissionStatus status) {
        return badge(t("report.status." + status.name()), "tk-report-status-" + status.name().toLowerCase(Locale.ROOT));
    }

    /** On time green, late orange; not sent yet blue "còn hạn" before the due date and red "quá hạn" after it. */
    static Span timeliness(Timeliness timeliness, boolean duePassed) {
        return switch (timeliness) {
            case ON_TIME -> badge(t("report.timeliness.ON_TIME"), "tk-timeliness-done-on-time");
            case LATE -> badge(t("report.timeliness.LATE"), "tk-timeliness-done-late");
            case MISSING -> duePassed ? badge(t("reports.timeliness.overdue"), "tk-timeliness-overdue")
                    : badge(t("reports.timeliness.open"), "tk-timeliness-open");
        };
    }

    /** "7/9 đơn vị đã nộp (77,8%)". */
    static String reported(Counts counts) {
        return counts.rate() == null ? t("reports.counts.nobody")
                : t("reports.counts.reported", counts.onTime() + counts.late(), counts.expected(), rate(counts));
    }

    static String rate(Counts counts) {
        return counts.rate() == null ? "—" : counts.rate().toPlainString().replace('.', ',') + "%";
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("tk-timeliness", variant);
        return badge;
    }
}
