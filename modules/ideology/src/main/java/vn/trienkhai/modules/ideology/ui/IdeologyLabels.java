package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionStatus;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The module's words and badges, in one place for its screens, card and tab. */
final class IdeologyLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private IdeologyLabels() {
    }

    static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A badge in the colours of the task states: red tense or broken, amber negative, green working or positive. */
    static Span badge(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("tk-timeliness", "tk-timeliness-" + tone);
        return badge;
    }

    static Span mood(Mood mood) {
        String tone = switch (mood) {
            case TENSE -> "overdue";
            case NEGATIVE -> "due-soon";
            case MIXED -> "open";
            case POSITIVE -> "done-on-time";
        };
        return badge(t(mood.labelKey()), tone);
    }

    static Span status(RadioStatus status) {
        return badge(t(status.labelKey()), status == RadioStatus.WORKING ? "done-on-time" : "overdue");
    }

    /** A report as a card: topic, summary, then unit, date, mood, hot spot and who follows it up. */
    static Div reportCard(OpinionReport report) {
        Div card = new Div();
        card.addClassName("tk-row-card");
        Span topic = new Span(report.topic());
        topic.addClassName("tk-row-card-heading");
        Div badges = new Div(mood(report.mood()));
        badges.addClassName("tk-task-meta");
        if (report.isOpenHotSpot()) {
            badges.add(badge(t("ideology.opinion.hot-spot"), "overdue"));
        }
        badges.add(badge(t(report.status().labelKey()), report.status() == OpinionStatus.OPEN ? "open" : "done-on-time"));
        Span summary = new Span(report.summary());
        summary.addClassName("tk-clamp");
        card.add(topic, badges, summary, meta(List.of(report.unitName(), date(report.reportDate()),
                report.followUpOwner() == null ? "" : t("ideology.opinion.owner", report.followUpOwner()),
                report.followUpNote() == null ? "" : t("ideology.opinion.outcome", report.followUpNote()))));
        return card;
    }

    static String pointName(RadioPoint point) {
        return point.village().isEmpty() ? t(point.kind().labelKey()) : point.village();
    }

    static Div meta(List<String> values) {
        Div line = new Div(String.join(" · ", values.stream().filter(value -> value != null && !value.isBlank()).toList()));
        line.addClassName("tk-row-card-meta");
        return line;
    }
}
