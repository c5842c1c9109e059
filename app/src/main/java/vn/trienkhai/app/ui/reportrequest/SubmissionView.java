package vn.trienkhai.app.ui.reportrequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Event;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Narrative;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionDetail;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.NarrativeInput;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmissionRef;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmitRequest;
import vn.trienkhai.core.reportrequest.ReportReview;
import vn.trienkhai.core.reportrequest.ReportSubmissions;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.trienkhai.app.ui.reportrequest.ReportLabels.t;

/**
 * One unit's report: what was asked and by when, the figures still missing, one text per section (editable while the
 * report is the unit's to send), and its history; the requesting side approves, returns or reopens it here.
 */
@Route(value = "reports/submissions/:submissionId([0-9]+)", layout = MainLayout.class)
@Prototype
public class SubmissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAMETER = "submissionId";

    private final ReportSubmissions submissions;
    private final ReportReview review;
    private final Clock clock;
    private final Map<Long, TextArea> texts = new LinkedHashMap<>();
    private final Paragraph problem = new Paragraph();
    private long submissionId;
    private String title = "";

    SubmissionView(ReportSubmissions submissions, ReportReview review, Clock clock) {
        this.submissions = submissions;
        this.review = review;
        this.clock = clock;
        setId("report-submission");
        problem.addClassName("tk-form-problem");
    }

    public static RouteParameters parameters(long submissionId) {
        return new RouteParameters(PARAMETER, String.valueOf(submissionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        submissionId = event.getRouteParameters().getLong(PARAMETER).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        texts.clear();
        problem.setVisible(false);
        Actor actor = WorkspaceSession.actor();
        SubmissionDetail detail = submissions.get(actor, submissionId);
        Submission submission = detail.submission();
        title = submission.unitName() + " · " + detail.request().title();
        add(new PageHeader(detail.request().title(), submission.unitName()), facts(detail));
        if (!detail.missingFigures().isEmpty()) {
            Paragraph missing = new Paragraph(t("reports.figures.missing", String.join("; ", detail.missingFigures())));
            missing.setId("report-missing-figures");
            missing.addClassName("tk-report-warning");
            add(missing);
        }
        boolean editable = submissions.mayAnswer(actor, detail);
        Div narratives = new Div();
        narratives.setId("report-narratives");
        narratives.addClassName("tk-report-narratives");
        for (Narrative narrative : detail.narratives()) {
            TextArea text = new TextArea(narrative.title());
            text.setValue(narrative.body() == null ? "" : narrative.body());
            text.setReadOnly(!editable);
            text.setWidthFull();
            text.setMinHeight("8rem");
            texts.put(narrative.sectionId(), text);
            narratives.add(text);
        }
        add(problem, narratives, actions(actor, detail, editable), new H3(t("reports.history")), history(detail.history()));
    }

    private Div facts(SubmissionDetail detail) {
        Submission submission = detail.submission();
        boolean duePassed = LocalDate.now(clock).isAfter(detail.request().dueOn());
        RouterLink request = new RouterLink(t("reports.open-request"), ReportRequestView.class,
                ReportRequestView.parameters(detail.request().id()));
        Div facts = new Div(fact("reports.column.period", new Span(detail.request().period().label())),
                fact("reports.column.due", new Span(ReportLabels.date(detail.request().dueOn()))),
                fact("reports.column.status", ReportLabels.status(submission.status())),
                fact("reports.column.timeliness", ReportLabels.timeliness(submission.timeliness(), duePassed)));
        if (submission.submittedAt() != null) {
            facts.add(fact("reports.column.submitted-at", new Span(ReportLabels.moment(submission.submittedAt()) + " · " + submission.submittedBy())));
        }
        facts.add(request);
        facts.addClassName("tk-task-facts");
        return facts;
    }

    private static Div fact(String labelKey, com.vaadin.flow.component.Component value) {
        Span label = new Span(t(labelKey) + ":");
        label.addClassName("tk-task-fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("tk-task-fact");
        return fact;
    }

    private HorizontalLayout actions(Actor actor, SubmissionDetail detail, boolean editable) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        Submission submission = detail.submission();
        if (editable) {
            Button send = new Button(t("reports.submit"), click -> submit(detail));
            send.setId("report-submit");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(send);
        }
        if (review.mayReview(actor, detail.request().id())) {
            List<SubmissionRef> self = List.of(new SubmissionRef(submission.id(), submission.version()));
            if (submission.status() == SubmissionStatus.SUBMITTED) {
                actions.add(reviewButton("reports.review.approve", "report-approve-one", false,
                                comment -> review.approve(WorkspaceSession.actor(), detail.request().id(), self, comment)),
                        reviewButton("reports.review.return", "report-return-one", true,
                                comment -> review.giveBack(WorkspaceSession.actor(), detail.request().id(), self, comment)));
            } else if (submission.status() == SubmissionStatus.APPROVED) {
                actions.add(reviewButton("reports.review.reopen", "report-reopen", true,
                        comment -> review.reopen(WorkspaceSession.actor(), submission.id(), submission.version(), comment)));
            }
        }
        return actions;
    }

    private Button reviewButton(String key, String id, boolean reasonRequired, java.util.function.Consumer<String> action) {
        Button button = new Button(t(key), click -> ReviewComment.ask(key, reasonRequired, 0, comment -> {
            action.accept(comment);
            Toasts.success(t("reports.review.done"));
            render();
        }));
        button.setId(id);
        return button;
    }

    private void submit(SubmissionDetail detail) {
        texts.values().forEach(text -> text.setInvalid(false));
        problem.setVisible(false);
        List<NarrativeInput> inputs = texts.entrySet().stream().map(entry -> new NarrativeInput(entry.getKey(), entry.getValue().getValue())).toList();
        try {
            submissions.submit(WorkspaceSession.actor(), submissionId, new SubmitRequest(inputs, detail.submission().version()));
            Toasts.success(t("reports.submitted"));
            render();
        } catch (DomainException refused) {
            show(refused);
        }
    }

    /** Each section's error on its text, and the others (missing figures, a stale version) above them. */
    private void show(DomainException refused) {
        boolean allOnFields = !refused.fieldErrors().isEmpty();
        for (DomainException.FieldError error : refused.fieldErrors()) {
            TextArea text = texts.entrySet().stream().filter(entry -> error.field().equals("narratives[" + entry.getKey() + "].body"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (text == null) {
                allOnFields = false;
                continue;
            }
            text.setErrorMessage(error.message());
            text.setInvalid(true);
        }
        if (!allOnFields) {
            problem.setText(refused.fieldErrors().stream().filter(error -> !error.field().startsWith("narratives["))
                    .map(DomainException.FieldError::message).findFirst().orElse(refused.getMessage()));
            problem.setVisible(true);
        }
    }

    private Div history(List<Event> events) {
        Div history = new Div();
        history.setId("report-history");
        history.addClassName("tk-history");
        if (events.isEmpty()) {
            history.add(new Paragraph(t("reports.history.none")));
        }
        for (Event event : events.reversed()) {
            Div line = new Div(new Span(ReportLabels.moment(event.at()) + " · " + event.login() + " · " + t("report.step." + event.step().name())));
            if (event.comment() != null) {
                Paragraph comment = new Paragraph(event.comment());
                comment.addClassName("tk-report-comment");
                line.add(comment);
            }
            line.addClassName("tk-part");
            history.add(line);
        }
        return history;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + t("app.name");
    }
}
