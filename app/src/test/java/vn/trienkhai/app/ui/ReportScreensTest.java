package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.reportrequest.ReportRequestView;
import vn.trienkhai.app.ui.reportrequest.ReportsView;
import vn.trienkhai.app.ui.reportrequest.SubmissionView;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Awaited;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequests;
import vn.trienkhai.workbench.WorkspaceSession;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report screens on the demo: Bản Bo answers the district's half-year request, the district's officer reviews. */
class ReportScreensTest extends WorkspaceUiTest {

    @Test
    void aCommuneSendsItsReportOnlyWithEverySectionWritten() {
        signIn("banbo.baocao");
        UI.getCurrent().navigate(ReportsView.class);
        assertTrue(_find(Button.class, spec -> spec.withId("report-create")).stream().noneMatch(Button::isVisible),
                "a reporter does not issue requests");
        Div awaited = _get(Div.class, spec -> spec.withId("report-awaited"));
        assertFalse(_find(awaited, RouterLink.class).isEmpty(), "the demo commune has reports to send");

        Awaited open = context.getBean(ReportRequests.class).awaited(WorkspaceSession.actor()).stream()
                .filter(each -> each.submission().status() == SubmissionStatus.PENDING && !each.overdue()).findFirst().orElseThrow();
        UI.getCurrent().navigate(SubmissionView.class, SubmissionView.parameters(open.submission().id()));
        List<TextArea> sections = _find(_get(Div.class, spec -> spec.withId("report-narratives")), TextArea.class);
        assertEquals(3, sections.size());
        sections.getFirst().setValue("Đã quán triệt nghị quyết đến các chi bộ.");
        _click(_get(Button.class, spec -> spec.withId("report-submit")));
        assertFalse(sections.getFirst().isInvalid());
        assertTrue(sections.get(1).isInvalid() && sections.get(2).isInvalid(), "the empty sections are marked");
        assertEquals("Hãy viết nội dung phần này.", sections.get(1).getErrorMessage());

        sections.get(1).setValue("Một số cụm loa hư hỏng.");
        sections.get(2).setValue("Sửa chữa cụm loa trong quý tới.");
        _click(_get(Button.class, spec -> spec.withId("report-submit")));
        assertTrue(_find(Button.class, spec -> spec.withId("report-submit")).isEmpty(), "a sent report waits for review");
        assertTrue(_find(_get(Div.class, spec -> spec.withId("report-narratives")), TextArea.class).stream().allMatch(TextArea::isReadOnly));
        assertTrue(_find(Button.class, spec -> spec.withId("report-approve-one")).isEmpty(), "the commune does not review itself");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDistrictSeesWhoHasReportedAndApprovesTheWaitingOnesAtOnce() {
        signIn("tamduong.tuyengiao");
        long requestId = halfYearRequest();
        UI.getCurrent().navigate(ReportRequestView.class, ReportRequestView.parameters(requestId));
        Div summary = _get(Div.class, spec -> spec.withId("report-summary"));
        assertTrue(summary.getElement().getTextRecursively().contains("Chưa nộp"), summary.getElement().getTextRecursively());
        Grid<?> subUnits = _get(Grid.class, spec -> spec.withId("report-sub-units"));
        assertTrue(GridKt._size(subUnits) > 1, "one row per commune");

        Select<Optional<SubmissionStatus>> status = _get(Select.class, spec -> spec.withId("report-filter-status")
                .withLabel("Trạng thái"));
        status.setValue(Optional.of(SubmissionStatus.SUBMITTED));
        Grid<Submission> submissions = _get(Grid.class, spec -> spec.withId("report-submissions"));
        List<Submission> waiting = IntStream.range(0, GridKt._size(submissions)).mapToObj(row -> GridKt._get(submissions, row)).toList();
        assertFalse(waiting.isEmpty(), "the demo leaves some reports waiting");
        waiting.forEach(submissions::select);
        _click(_get(Button.class, spec -> spec.withId("report-approve")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("report-review-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withId("report-review-confirm")));
        status.setValue(Optional.of(SubmissionStatus.APPROVED));
        Grid<Submission> approved = _get(Grid.class, spec -> spec.withId("report-submissions"));
        List<Long> approvedIds = IntStream.range(0, GridKt._size(approved)).mapToObj(row -> GridKt._get(approved, row).id()).toList();
        assertTrue(waiting.stream().allMatch(each -> approvedIds.contains(each.id())), "every chosen report is approved");
    }

    @Test
    void aReturnNeedsAReason() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(ReportRequestView.class, ReportRequestView.parameters(halfYearRequest()));
        _click(_get(Button.class, spec -> spec.withId("report-return")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("report-review-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withId("report-review-confirm")));
        TextArea comment = _get(dialog, TextArea.class, spec -> spec.withId("report-review-comment"));
        assertTrue(comment.isInvalid(), "the missing reason is marked on its field");
        assertTrue(dialog.isOpened(), "nothing is returned");
    }

    @Test
    void anOfficerIssuesARequestAndLandsOnItsCompleteness() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(ReportsView.class);
        _click(_get(Button.class, spec -> spec.withId("report-create")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("report-issue-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withId("report-issue-confirm")));
        TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Tên báo cáo"));
        assertTrue(title.isInvalid(), "the missing title is marked on its field");

        title.setValue("Báo cáo sơ kết công tác tuyên giáo");
        _click(_get(dialog, Button.class, spec -> spec.withId("report-issue-confirm")));
        assertTrue(UI.getCurrent().getInternals().getActiveViewLocation().getPath().startsWith("reports/requests/"),
                UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertTrue(_get(Div.class, spec -> spec.withId("report-summary")).getElement().getTextRecursively().contains("Phải nộp"));
    }

    /** The demo district's request of this half-year. */
    private long halfYearRequest() {
        return context.getBean(ReportRequests.class).issued(WorkspaceSession.actor(), io.micronaut.data.model.Pageable.from(0, 50))
                .getContent().stream().filter(summary -> summary.request().dataSetId() == null
                        && summary.request().title().startsWith("Báo cáo công tác tuyên giáo"))
                .findFirst().orElseThrow().request().id();
    }
}
