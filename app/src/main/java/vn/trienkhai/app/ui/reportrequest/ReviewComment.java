package vn.trienkhai.app.ui.reportrequest;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.trienkhai.workbench.kit.FormDialog;

import java.util.function.Consumer;

import static vn.trienkhai.app.ui.reportrequest.ReportLabels.t;

/** Asks the reviewer's comment before approving, returning or reopening; the service refuses a missing reason. */
final class ReviewComment {

    private ReviewComment() {
    }

    /**
     * @param actionKey the action's label, also the dialog's title
     * @param required  whether a reason is needed (returning, reopening), which the label says
     * @param count     how many submissions the action touches, 0 for one opened on its page
     */
    static void ask(String actionKey, boolean required, int count, Consumer<String> action) {
        TextArea comment = new TextArea(t(required ? "reports.review.reason" : "reports.review.comment"));
        comment.setId("report-review-comment");
        FormDialog dialog = new FormDialog(t(actionKey), t(actionKey), () -> action.accept(comment.getValue()));
        dialog.setId("report-review-dialog");
        if (count > 0) {
            dialog.addWide(new Paragraph(t("reports.review.count", count)));
        }
        dialog.wideField("comment", comment);
        dialog.confirmButton().setId("report-review-confirm");
        dialog.open();
    }
}
