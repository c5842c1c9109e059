package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/**
 * One grid row as a card, for a phone: a short heading (number, unit), the row's sentence, and its other values in a
 * smaller line below, so every value keeps the full width instead of a column of a word each.
 */
public final class RowCard extends Div {

    private final Span text;

    public RowCard(String heading, String text, List<String> meta) {
        addClassName("tk-row-card");
        if (heading != null && !heading.isBlank()) {
            Span headingSpan = new Span(heading);
            headingSpan.addClassName("tk-row-card-heading");
            add(headingSpan);
        }
        this.text = new Span(text);
        this.text.addClassName("tk-row-card-text");
        add(this.text);
        List<String> shown = meta.stream().filter(value -> value != null && !value.isBlank()).toList();
        if (!shown.isEmpty()) {
            Div line = new Div(String.join(" · ", shown));
            line.addClassName("tk-row-card-meta");
            add(line);
        }
    }

    /** Limits the sentence to a few lines, for rows that open their whole text in a details row. */
    public RowCard clamped() {
        text.addClassName("tk-clamp");
        return this;
    }
}
