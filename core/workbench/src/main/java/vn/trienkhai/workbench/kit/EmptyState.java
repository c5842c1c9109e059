package vn.trienkhai.workbench.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;

/** What a list shows when it has nothing: an icon, a sentence saying why, and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String icon, String title, String hint, Component... actions) {
        addClassName("tk-empty-state");
        Icon symbol = new Icon(icon);
        symbol.addClassName("tk-empty-icon");
        Span heading = new Span(title);
        heading.addClassName("tk-empty-title");
        add(symbol, heading);
        if (hint != null) {
            add(new Paragraph(hint));
        }
        add(actions);
    }
}
