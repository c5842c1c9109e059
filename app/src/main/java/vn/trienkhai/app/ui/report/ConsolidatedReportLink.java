package vn.trienkhai.app.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.server.streams.DownloadEvent;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ConsolidatedReport;
import vn.trienkhai.core.report.ConsolidatedReport.ReportFile;
import vn.trienkhai.core.report.PartyReportWriter;
import vn.trienkhai.core.task.FollowUpModel;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.WorkspaceSession;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * "Xuất báo cáo (.docx)": the consolidated report (DD005) of the unit and period a screen shows when the link is
 * followed. A plain link to the API would need a token; this is a download of the session instead. The follow-up's
 * "current" view has no period: its report is the current year's.
 */
@Prototype
public class ConsolidatedReportLink extends Anchor {

    private final ConsolidatedReport reports;
    private final Clock clock;
    private final Actor actor = WorkspaceSession.actor();
    private Supplier<Unit> unit = () -> null;
    private Supplier<FollowUpModel.Period> period = FollowUpModel.Period::current;

    ConsolidatedReportLink(ConsolidatedReport reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        setId("consolidated-report");
        setHref(this::download);
        getElement().setAttribute("download", true);
        Button button = new Button(getTranslation("consolidated-report.export"), new Icon("vaadin:file-text-o"));
        button.setTabIndex(-1);
        add(button);
    }

    /** Follows the unit and the period of a follow-up dashboard; returns itself to be placed in its header. */
    public ConsolidatedReportLink following(Supplier<Unit> unit, Supplier<FollowUpModel.Period> period) {
        this.unit = unit;
        this.period = period;
        return this;
    }

    /** Runs outside the UI's requests: the screen's choices are read under the session's lock. */
    private void download(DownloadEvent event) throws IOException {
        Unit chosen;
        FollowUpModel.Period shown;
        event.getSession().lock();
        try {
            chosen = unit.get();
            shown = period.get();
        } finally {
            event.getSession().unlock();
        }
        if (chosen == null) {
            event.getResponse().setStatus(404);
            return;
        }
        ReportFile file = reports.export(actor, chosen.id(), period(shown, LocalDate.now(clock)));
        event.setFileName(file.fileName());
        event.setContentType(PartyReportWriter.CONTENT_TYPE);
        try (OutputStream out = event.getOutputStream()) {
            out.write(file.content());
        }
    }

    static Period period(FollowUpModel.Period shown, LocalDate today) {
        return switch (shown.kind()) {
            case CURRENT -> Period.year(today.getYear());
            case YEAR -> Period.year(shown.year());
            case HALF_YEAR -> Period.halfYear(shown.year(), shown.index());
            case QUARTER -> Period.quarter(shown.year(), shown.index());
        };
    }
}
