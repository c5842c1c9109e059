package vn.trienkhai.app.ui.reportrequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.document.CompactColumns;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Awaited;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.RequestSummary;
import vn.trienkhai.core.reportrequest.ReportRequests;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.trienkhai.app.ui.reportrequest.ReportLabels.t;

/**
 * "Báo cáo định kỳ": what the user's unit has been asked to report, open ones first, and the requests the units of the
 * user's scope have issued with how many have reported. Officers issue new requests here.
 */
@Route(value = "reports", layout = MainLayout.class)
@Prototype
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportRequests requests;
    private final Grid<RequestSummary> issued = new Grid<>();

    ReportsView(ReportRequests requests, IndicatorCatalogue catalogue, UnitService units, AccessPolicy policy, Clock clock) {
        this.requests = requests;
        setId("reports");
        Actor actor = WorkspaceSession.actor();
        Button create = new Button(t("reports.issue.title"), new Icon("vaadin:plus"), click -> IssueRequestForm.open(requests,
                units.tree(actor, false), catalogue.dataSets(actor), LocalDate.now(clock), this::issued));
        create.setId("report-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(policy.allows(actor, Operation.REPORT_REQUEST));
        add(new PageHeader(t("nav.reports"), t("reports.subtitle"), create));
        add(new H3(t("reports.awaited")), awaited(requests.awaited(actor)));
        add(new H3(t("reports.issued")), issuedGrid(actor));
    }

    private com.vaadin.flow.component.Component awaited(List<Awaited> asked) {
        if (asked.isEmpty()) {
            return new EmptyState("vaadin:inbox", t("reports.awaited.none"), t("reports.awaited.none.hint"));
        }
        Div list = new Div();
        list.setId("report-awaited");
        list.addClassName("tk-report-cards");
        for (Awaited awaited : asked) {
            RouterLink link = new RouterLink(awaited.requestTitle(), SubmissionView.class, SubmissionView.parameters(awaited.submission().id()));
            link.addClassName("tk-report-card-title");
            Span meta = new Span(awaited.period().label() + " · " + t("reports.due", ReportLabels.date(awaited.dueOn())));
            meta.addClassName("tk-report-card-meta");
            Div badges = new Div(ReportLabels.status(awaited.submission().status()));
            if (awaited.overdue()) {
                badges.add(ReportLabels.timeliness(awaited.submission().timeliness(), true));
            }
            Div card = new Div(link, meta, badges);
            card.addClassName("tk-report-card");
            list.add(card);
        }
        return list;
    }

    private Grid<RequestSummary> issuedGrid(Actor actor) {
        issued.setId("report-issued");
        issued.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        issued.setHeight("30rem");
        Grid.Column<RequestSummary> title = issued.addComponentColumn(summary -> link(summary.request()))
                .setHeader(t("reports.column.request")).setFlexGrow(3);
        issued.addColumn(summary -> summary.request().period().label()).setHeader(t("reports.column.period")).setAutoWidth(true);
        issued.addColumn(summary -> ReportLabels.date(summary.request().dueOn())).setHeader(t("reports.column.due")).setAutoWidth(true);
        issued.addColumn(summary -> ReportLabels.reported(summary.counts())).setHeader(t("reports.column.reported")).setFlexGrow(1);
        Grid.Column<RequestSummary> card = issued.addComponentColumn(summary -> {
            Span meta = new Span(summary.request().period().label() + " · " + t("reports.due", ReportLabels.date(summary.request().dueOn()))
                    + " · " + ReportLabels.reported(summary.counts()));
            meta.addClassName("tk-report-card-meta");
            Div cell = new Div(link(summary.request()), meta);
            cell.addClassName("tk-report-card");
            return cell;
        }).setHeader(t("reports.column.request"));
        CompactColumns.install(issued, card);
        issued.setItems(query -> requests.issued(actor, Pageable.from(query.getPage(), query.getPageSize())).getContent().stream(),
                query -> (int) requests.issued(actor, Pageable.from(0, 1)).getTotalSize());
        issued.setPageSize(20);
        issued.setEmptyStateText(t("reports.issued.none"));
        return issued;
    }

    private static RouterLink link(ReportRequest request) {
        RouterLink link = new RouterLink(request.title(), ReportRequestView.class, ReportRequestView.parameters(request.id()));
        link.addClassName("tk-report-card-title");
        return link;
    }

    private void issued(ReportRequest request) {
        Toasts.success(t("reports.issued.done", request.title()));
        getUI().ifPresent(ui -> ui.navigate(ReportRequestView.class, ReportRequestView.parameters(request.id())));
    }

    @Override
    public String getPageTitle() {
        return t("nav.reports") + " · " + t("app.name");
    }
}
