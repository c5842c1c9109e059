package vn.trienkhai.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.workbench.kit.EmptyState;

/** Any other failure while opening a page: an apology for the user, the details in the log only. */
@ParentLayout(MainLayout.class)
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Cannot open {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        setId("server-error");
        add(new EmptyState("vaadin:warning", getTranslation("request.internal-error"), null, new Anchor("", getTranslation("notfound.home"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
