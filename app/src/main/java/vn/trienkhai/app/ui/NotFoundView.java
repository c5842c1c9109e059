package vn.trienkhai.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import vn.trienkhai.workbench.kit.EmptyState;

/** A page that does not exist, or a module the organisation has not enabled: the two look the same on purpose. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new EmptyState("vaadin:question-circle-o", getTranslation("notfound.title"), getTranslation("notfound.hint"),
                new Anchor("", getTranslation("notfound.home"))));
        setId("not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
