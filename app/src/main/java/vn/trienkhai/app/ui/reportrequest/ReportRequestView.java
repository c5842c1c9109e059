package vn.trienkhai.app.ui.reportrequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.document.CompactColumns;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.reportrequest.ReportCompleteness;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Completeness;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Counts;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubUnitCounts;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Timeliness;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmissionRef;
import vn.trienkhai.core.reportrequest.ReportRequests;
import vn.trienkhai.core.reportrequest.ReportReview;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static vn.trienkhai.app.ui.reportrequest.ReportLabels.t;

/**
 * A request's completeness: who has reported on time, late or not at all, under the requesting unit and, one level at
 * a time, under each of its sub-units; the submissions behind the counts; and for the requesting side, approving or
 * returning the chosen ones at once.
 */
@Route(value = "reports/requests/:requestId([0-9]+)", layout = MainLayout.class)
@Prototype
public class ReportRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAMETER = "requestId";

    private final ReportRequests requests;
    private final ReportCompleteness completeness;
    private final ReportReview review;
    private final Clock clock;
    /** The units drilled into, the one looked under on top; empty for the default. */
    private final Deque<Long> drilled = new ArrayDeque<>();
    private final Select<Optional<Timeliness>> timeliness = new Select<>();
    private final Select<Optional<SubmissionStatus>> status = new Select<>();
    private final Grid<Submission> submissions = new Grid<>();
    private ReportRequest request;
    private boolean reviewer;

    ReportRequestView(ReportRequests requests, ReportCompleteness completeness, ReportReview review, Clock clock) {
        this.requests = requests;
        this.completeness = completeness;
        this.review = review;
        this.clock = clock;
        setId("report-request");
    }

    public static RouteParameters parameters(long requestId) {
        return new RouteParameters(PARAMETER, String.valueOf(requestId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = WorkspaceSession.actor();
        request = requests.get(actor, event.getRouteParameters().getLong(PARAMETER).orElseThrow());
        reviewer = review.mayReview(actor, request.id());
        render();
    }

    private void render() {
        removeAll();
        Actor actor = WorkspaceSession.actor();
        Completeness counts = completeness.get(actor, request.id(), drilled.peek());
        String subtitle = t("reports.request.subtitle", request.unitName(), request.period().label(), ReportLabels.date(request.dueOn()));
        add(new PageHeader(request.title(), subtitle), summary(counts), where(counts));
        add(new H3(t("reports.by-sub-unit")), subUnits(counts.bySubUnit()));
        add(new H3(t("reports.submissions")), filters(), submissionGrid(actor));
    }

    /** The four figures a leader asks for first. */
    private Div summary(Completeness counts) {
        Counts total = counts.total();
        Div summary = new Div(figure("reports.figure.expected", String.valueOf(total.expected()), null),
                figure("report.timeliness.ON_TIME", String.valueOf(total.onTime()), "tk-timeliness-done-on-time"),
                figure("report.timeliness.LATE", String.valueOf(total.late()), "tk-timeliness-done-late"),
                figure("report.timeliness.MISSING", String.valueOf(total.missing()), duePassed() ? "tk-timeliness-overdue" : "tk-timeliness-open"),
                figure("reports.figure.rate", ReportLabels.rate(total), null));
        summary.setId("report-summary");
        summary.addClassName("tk-report-summary");
        return summary;
    }

    private static Div figure(String labelKey, String value, String variant) {
        Span number = new Span(value);
        number.addClassName("tk-report-figure-value");
        Span label = new Span(t(labelKey));
        Div figure = new Div(number, label);
        figure.addClassName("tk-report-figure");
        if (variant != null) {
            figure.addClassName(variant);
        }
        return figure;
    }

    /** Which unit the counts are under, with the way back up. */
    private HorizontalLayout where(Completeness counts) {
        HorizontalLayout where = new HorizontalLayout(new Span(t("reports.under", counts.unitName())));
        where.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!drilled.isEmpty()) {
            Button up = new Button(t("reports.up"), click -> {
                drilled.pop();
                render();
            });
            up.setId("report-up");
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            where.add(up);
        }
        return where;
    }

    private Grid<SubUnitCounts> subUnits(List<SubUnitCounts> rows) {
        Grid<SubUnitCounts> grid = new Grid<>();
        grid.setId("report-sub-units");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::unitCell).setHeader(t("reports.column.unit")).setFlexGrow(3);
        grid.addColumn(row -> row.counts().expected()).setHeader(t("reports.figure.expected")).setAutoWidth(true);
        grid.addColumn(row -> row.counts().onTime()).setHeader(t("report.timeliness.ON_TIME")).setAutoWidth(true);
        grid.addColumn(row -> row.counts().late()).setHeader(t("report.timeliness.LATE")).setAutoWidth(true);
        grid.addColumn(row -> row.counts().missing()).setHeader(t("report.timeliness.MISSING")).setAutoWidth(true);
        Grid.Column<SubUnitCounts> card = grid.addComponentColumn(row -> {
            Span meta = new Span(ReportLabels.reported(row.counts()));
            meta.addClassName("tk-report-card-meta");
            Div cell = new Div(unitCell(row), meta);
            cell.addClassName("tk-report-card");
            return cell;
        }).setHeader(t("reports.column.unit"));
        CompactColumns.install(grid, card);
        grid.setItems(rows);
        grid.setEmptyStateText(t("reports.sub-units.none"));
        return grid;
    }

    /** A sub-unit with units asked below it opens in turn; one asked itself is just its name. */
    private Component unitCell(SubUnitCounts row) {
        if (!row.drillable()) {
            return new Span(row.unitName());
        }
        Button open = new Button(row.unitName(), click -> {
            drilled.push(row.unitId());
            render();
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("tk-report-drill");
        return open;
    }

    private HorizontalLayout filters() {
        timeliness.setLabel(t("reports.filter.timeliness"));
        timeliness.setItems(Optional.empty(), Optional.of(Timeliness.ON_TIME), Optional.of(Timeliness.LATE), Optional.of(Timeliness.MISSING));
        timeliness.setItemLabelGenerator(value -> value.map(each -> t("report.timeliness." + each.name())).orElse(t("reports.filter.all")));
        timeliness.setValue(timeliness.getValue() == null ? Optional.empty() : timeliness.getValue());
        timeliness.setId("report-filter-timeliness");
        status.setLabel(t("reports.filter.status"));
        status.setId("report-filter-status");
        status.setItems(Optional.empty(), Optional.of(SubmissionStatus.PENDING), Optional.of(SubmissionStatus.SUBMITTED),
                Optional.of(SubmissionStatus.RETURNED), Optional.of(SubmissionStatus.APPROVED));
        status.setItemLabelGenerator(value -> value.map(each -> t("report.status." + each.name())).orElse(t("reports.filter.all")));
        status.setValue(status.getValue() == null ? Optional.empty() : status.getValue());
        timeliness.addValueChangeListener(change -> submissions.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> submissions.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(timeliness, status);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (reviewer) {
            Button approve = new Button(t("reports.review.approve"), click -> decide(true));
            approve.setId("report-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button giveBack = new Button(t("reports.review.return"), click -> decide(false));
            giveBack.setId("report-return");
            filters.add(approve, giveBack);
        }
        return filters;
    }

    private Grid<Submission> submissionGrid(Actor actor) {
        submissions.removeAllColumns();
        submissions.setId("report-submissions");
        submissions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        submissions.setHeight("28rem");
        if (reviewer) {
            submissions.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        submissions.addComponentColumn(this::unitLink).setHeader(t("reports.column.unit")).setFlexGrow(3);
        submissions.addComponentColumn(row -> ReportLabels.status(row.status())).setHeader(t("reports.column.status")).setAutoWidth(true);
        submissions.addComponentColumn(row -> ReportLabels.timeliness(row.timeliness(), duePassed()))
                .setHeader(t("reports.column.timeliness")).setAutoWidth(true);
        submissions.addColumn(row -> ReportLabels.moment(row.submittedAt())).setHeader(t("reports.column.submitted-at")).setAutoWidth(true);
        Grid.Column<Submission> card = submissions.addComponentColumn(row -> {
            Div badges = new Div(ReportLabels.status(row.status()), ReportLabels.timeliness(row.timeliness(), duePassed()));
            badges.addClassName("tk-report-badges");
            Div cell = new Div(unitLink(row), badges);
            cell.addClassName("tk-report-card");
            return cell;
        }).setHeader(t("reports.column.unit"));
        CompactColumns.install(submissions, card);
        submissions.setItems(query -> completeness.submissions(actor, request.id(), drilled.peek(), timeliness.getValue().orElse(null),
                        status.getValue().orElse(null), Pageable.from(query.getPage(), query.getPageSize())).getContent().stream(),
                query -> (int) completeness.submissions(actor, request.id(), drilled.peek(), timeliness.getValue().orElse(null),
                        status.getValue().orElse(null), Pageable.from(0, 1)).getTotalSize());
        submissions.setPageSize(50);
        submissions.setEmptyStateText(t("reports.submissions.none"));
        return submissions;
    }

    private RouterLink unitLink(Submission row) {
        RouterLink link = new RouterLink(row.unitName(), SubmissionView.class, SubmissionView.parameters(row.id()));
        link.addClassName("tk-report-card-title");
        return link;
    }

    /** Approves or returns the chosen submissions after asking for the comment. */
    private void decide(boolean approve) {
        List<SubmissionRef> chosen = submissions.getSelectedItems().stream().map(row -> new SubmissionRef(row.id(), row.version())).toList();
        ReviewComment.ask(approve ? "reports.review.approve" : "reports.review.return", !approve, chosen.size(), comment -> {
            Actor actor = WorkspaceSession.actor();
            int changed = approve ? review.approve(actor, request.id(), chosen, comment) : review.giveBack(actor, request.id(), chosen, comment);
            Toasts.success(t(approve ? "reports.review.approved" : "reports.review.returned", changed));
            render();
        });
    }

    private boolean duePassed() {
        return LocalDate.now(clock).isAfter(request.dueOn());
    }

    @Override
    public String getPageTitle() {
        return (request == null ? t("nav.reports") : request.title()) + " · " + t("app.name");
    }
}
