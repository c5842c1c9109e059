package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.core.annotation.Nullable;
import vn.trienkhai.core.task.FollowUpModel.StateCounts;

import java.util.List;

/**
 * The four states of a set of parts as one horizontal bar of plain divs (no chart library: Vaadin Charts is
 * commercial), each state's share of the width, with its figure written in the segment and in the line below so
 * that the numbers read without the colours.
 */
class FollowUpBar extends Div {

    /** A state, its colour class and its label key, in the order the bar and the legend show them. */
    record State(String key, String css) {
    }

    private static final State OVERDUE = new State("follow-up.state.overdue", "tk-fu-overdue");

    static final List<State> STATES = List.of(new State("follow-up.state.on-time", "tk-fu-on-time"),
            new State("follow-up.state.late", "tk-fu-late"), new State("follow-up.state.within", "tk-fu-within"), OVERDUE);

    FollowUpBar(StateCounts counts) {
        this(counts, null);
    }

    /** With {@code overdueLines}, the overdue figure (when not 0) opens the list of those parts. */
    FollowUpBar(StateCounts counts, @Nullable UnitTasksLink overdueLines) {
        addClassName("tk-fu-bar-block");
        long[] figures = figures(counts);
        Div bar = new Div();
        bar.addClassName("tk-fu-bar");
        bar.getElement().setAttribute("role", "img");
        StringBuilder description = new StringBuilder();
        Div line = new Div();
        line.addClassName("tk-fu-figures");
        for (int index = 0; index < STATES.size(); index++) {
            State state = STATES.get(index);
            String label = getTranslation(state.key());
            description.append(index == 0 ? "" : ", ").append(label).append(' ').append(figures[index]);
            if (figures[index] > 0) {
                Div segment = new Div(new Span(String.valueOf(figures[index])));
                segment.addClassNames("tk-fu-segment", state.css());
                segment.getStyle().set("flex-grow", String.valueOf(figures[index]));
                segment.getElement().setAttribute("title", label + ": " + figures[index]);
                bar.add(segment);
            }
            Span figure = new Span(label + " " + figures[index]);
            figure.addClassNames("tk-fu-figure", state.css());
            if (state == OVERDUE && overdueLines != null && figures[index] > 0) {
                RouterLink open = overdueLines.around(figure);
                open.addClassName("tk-fu-figure-link");
                open.getElement().setAttribute("title", getTranslation("follow-up.overdue.open"));
                line.add(open);
            } else {
                line.add(figure);
            }
        }
        bar.getElement().setAttribute("aria-label", description.toString());
        add(bar, line);
    }

    static long[] figures(StateCounts counts) {
        return new long[] {counts.onTime(), counts.late(), counts.withinDeadline(), counts.overdue()};
    }

    /** What the colours of the bars mean. */
    static class Legend extends Div {

        Legend() {
            addClassName("tk-fu-legend");
            for (State state : STATES) {
                Span swatch = new Span();
                swatch.addClassNames("tk-fu-swatch", state.css());
                Span entry = new Span(swatch, new Span(getTranslation(state.key())));
                entry.addClassName("tk-fu-legend-entry");
                add(entry);
            }
        }
    }

    /** A completion rate as a filled bar and its figure: done of everything not cancelled. */
    static class Rate extends Div {

        Rate(StateCounts counts) {
            addClassName("tk-fu-rate");
            Div fill = new Div();
            fill.addClassName("tk-fu-rate-fill");
            fill.getStyle().set("width", counts.completionPercent() + "%");
            Div track = new Div(fill);
            track.addClassName("tk-fu-rate-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Span figure = new Span(getTranslation("follow-up.rate", counts.completionPercent(), counts.done(), counts.total()));
            figure.addClassName("tk-fu-rate-figure");
            add(track, figure);
        }
    }
}
