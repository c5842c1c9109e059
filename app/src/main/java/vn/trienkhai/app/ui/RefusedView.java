package vn.trienkhai.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.workbench.kit.EmptyState;

/** A page whose service refused to show it (not found in the user's scope, or forbidden): the service's own message. */
@ParentLayout(MainLayout.class)
public class RefusedView extends VerticalLayout implements HasErrorParameter<DomainException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DomainException> parameter) {
        removeAll();
        setId("refused");
        add(new EmptyState("vaadin:ban", parameter.getException().getMessage(), null, new Anchor("", getTranslation("notfound.home"))));
        return parameter.getException() instanceof ForbiddenException ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND;
    }
}
