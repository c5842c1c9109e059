package vn.trienkhai.workbench.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The title of a screen, an optional one-line explanation, and the screen's main actions on the right. */
public class PageHeader extends HorizontalLayout {

    public PageHeader(String title, String subtitle, Component... actions) {
        H2 heading = new H2(title);
        heading.addClassName("tk-page-title");
        VerticalLayout text = new VerticalLayout(heading);
        text.setPadding(false);
        text.setSpacing(false);
        if (subtitle != null && !subtitle.isBlank()) {
            Paragraph explanation = new Paragraph(subtitle);
            explanation.addClassName("tk-page-subtitle");
            text.add(explanation);
        }
        HorizontalLayout buttons = new HorizontalLayout(actions);
        buttons.addClassName("tk-page-actions");
        add(text, buttons);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setWrap(true);
        addClassName("tk-page-header");
    }
}
