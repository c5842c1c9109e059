package vn.trienkhai.modules.theory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.modules.theory.TheoryModel.Attendance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The texts the module's screens share. */
final class TheoryLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TheoryLabels() {
    }

    static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "412/420 (98,1%)", or "412/0" when nobody was expected. */
    static String attendance(Attendance attendance) {
        String counts = attendance.present() + "/" + attendance.expected();
        return attendance.share() == null ? counts : counts + " (" + attendance.share().toPlainString().replace('.', ',') + "%)";
    }

    static Span badge(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("tk-timeliness", "tk-timeliness-" + tone);
        return badge;
    }

    static Span heading(String text) {
        Span heading = new Span(text);
        heading.addClassName("tk-row-card-heading");
        return heading;
    }

    static Div meta(List<String> values) {
        Div line = new Div(String.join(" · ", values.stream().filter(value -> value != null && !value.isBlank()).toList()));
        line.addClassName("tk-row-card-meta");
        return line;
    }

    static Div card() {
        Div card = new Div();
        card.addClassNames("tk-row-card", "tk-home-line");
        return card;
    }
}
