package vn.trienkhai.app.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.workbench.kit.Toasts;

/**
 * What a user sees when an action fails outside a form: the domain's own message for a refusal (a stale
 * edit, a forbidden action), a generic apology for anything else, whose details go to the log only.
 */
class WorkspaceErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause != null && !(cause instanceof DomainException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof DomainException refused) {
            Toasts.error(refused.getMessage());
        } else {
            LOG.error("Unexpected error in the workspace", event.getThrowable());
            Toasts.error(com.vaadin.flow.component.UI.getCurrent() == null ? "Hệ thống gặp lỗi."
                    : com.vaadin.flow.component.UI.getCurrent().getTranslation("request.internal-error"));
        }
    }
}
