package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.core.task.FollowUpModel.DocumentCounts;
import vn.trienkhai.core.task.FollowUpModel.FollowUp;
import vn.trienkhai.core.task.FollowUpModel.StateCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitOverdue;
import vn.trienkhai.core.task.TaskModel.Timeliness;

import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The dashboard's tables as rows of plain divs: a name, the four-state bar and the completion rate; on a phone
 * the cells stack, so nothing scrolls sideways.
 */
class FollowUpUnitRows extends Div {

    private FollowUpUnitRows(String id, String title, String nameHeading) {
        setId(id);
        addClassName("tk-fu-section");
        add(new H3(title));
        Div heading = new Div(new Span(nameHeading), new Span(getTranslation("follow-up.column.states")),
                new Span(getTranslation("follow-up.column.rate")));
        heading.addClassNames("tk-fu-row", "tk-fu-heading");
        heading.getElement().setAttribute("aria-hidden", "true");
        add(heading);
    }

    /**
     * The chosen unit's own parts first, then each child unit with its subtree; a child's name opens its own
     * dashboard, its overdue figure the list of its subtree's overdue parts of the period.
     */
    static FollowUpUnitRows units(FollowUp followUp, LongConsumer open) {
        FollowUpUnitRows rows = new FollowUpUnitRows("follow-up-units", t("follow-up.units"), t("follow-up.column.unit"));
        for (UnitCounts unit : followUp.units()) {
            Component name;
            UnitTasksLink overdue = null;
            if (unit.own()) {
                name = new Span(t("follow-up.own", followUp.unitName()));
            } else {
                Button drill = new Button(unit.unitName(), click -> open.accept(unit.unitId()));
                drill.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                drill.getElement().setAttribute("title", t("follow-up.drill", unit.unitName()));
                drill.addClassName("tk-fu-drill");
                name = drill;
                overdue = new UnitTasksLink(unit.unitId(), Set.of(Timeliness.OVERDUE), followUp.from(), followUp.to());
            }
            rows.row(name, new FollowUpBar(unit.counts(), overdue), unit.counts());
        }
        return rows;
    }

    static FollowUpUnitRows documents(List<DocumentCounts> documents) {
        FollowUpUnitRows rows = new FollowUpUnitRows("follow-up-documents", t("follow-up.documents"), t("follow-up.column.document"));
        documents.forEach(document -> rows.row(new Span(document.documentLabel()), new FollowUpBar(document.counts()), document.counts()));
        return rows;
    }

    private void row(Component name, FollowUpBar bar, StateCounts counts) {
        name.getElement().getClassList().add("tk-fu-name");
        Div row = new Div(name, bar, new FollowUpBar.Rate(counts));
        row.addClassName("tk-fu-row");
        add(row);
    }

    /** The units with the most overdue parts at any depth, each count as a red bar against the largest. */
    static Div mostOverdue(List<UnitOverdue> units) {
        Div section = new Div(new H3(t("follow-up.most-overdue")));
        section.setId("follow-up-most-overdue");
        section.addClassName("tk-fu-section");
        if (units.isEmpty()) {
            section.add(new Span(t("follow-up.most-overdue.none")));
        }
        long most = units.stream().mapToLong(UnitOverdue::overdue).max().orElse(1);
        for (UnitOverdue unit : units) {
            Div fill = new Div();
            fill.addClassNames("tk-fu-rate-fill", "tk-fu-overdue");
            fill.getStyle().set("width", (100 * unit.overdue() / most) + "%");
            Div track = new Div(fill);
            track.addClassName("tk-fu-rate-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Span name = new Span(unit.unitName());
            name.addClassName("tk-fu-name");
            Span figure = new Span(t("follow-up.overdue.count", unit.overdue()));
            figure.addClassName("tk-fu-rate-figure");
            Div rate = new Div(track, figure);
            rate.addClassName("tk-fu-rate");
            Div row = new Div(name, rate);
            row.addClassNames("tk-fu-row", "tk-fu-row-short");
            section.add(row);
        }
        return section;
    }

    private static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}
