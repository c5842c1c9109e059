package vn.trienkhai.app.api.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.report.ConsolidatedReport;
import vn.trienkhai.core.report.ConsolidatedReport.ReportFile;
import vn.trienkhai.core.report.PartyReportWriter;
import vn.trienkhai.core.unit.UnitPath;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The consolidated report of a unit and a period as a Word document in the Party's format (DD005). */
@Controller("/api/reports")
@Tag(name = "Báo cáo")
class ConsolidatedReportController {

    static final String DOCX = PartyReportWriter.CONTENT_TYPE;

    private final ConsolidatedReport reports;

    ConsolidatedReportController(ConsolidatedReport reports) {
        this.reports = reports;
    }

    // JSON as well: a refusal is answered in JSON
    @Get(uri = "/consolidated.docx", produces = {DOCX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Báo cáo tổng hợp (.docx)", description = "unitId (default: the caller's scope unit), period YEAR, HALF_YEAR "
            + "or QUARTER with year and index (the half-year 1–2 or the quarter 1–4; ignored for a year). A .docx laid out as "
            + "Hướng dẫn 36-HD/VPTW asks: the unit's letterhead, the figures of its targets, the tasks due in the period as the "
            + "follow-up counts them, and the sections of the modules the organisation enabled. The file is named after the unit "
            + "and the period (Content-Disposition with filename*=UTF-8''…). 422 naming period (missing, or MONTH), year or index "
            + "(out of range), 400 for a period that is no period kind at all, 404 for a unit outside the caller's scope.")
    HttpResponse<byte[]> consolidated(@Parameter(hidden = true) Actor actor, @QueryValue @Nullable Long unitId,
                                      @QueryValue @Nullable PeriodKind period, @QueryValue(defaultValue = "0") int year,
                                      @QueryValue(defaultValue = "0") int index) {
        ReportFile file = reports.export(actor, unitId != null ? unitId : UnitPath.ids(actor.scopePath()).getLast(),
                reports.period(period, year, index));
        return HttpResponse.ok(file.content()).contentType(MediaType.of(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file));
    }

    /** The plain name for old clients, the Vietnamese one for the others (RFC 6266, RFC 5987). */
    static String contentDisposition(ReportFile file) {
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + file.asciiFileName() + "\"; filename*=UTF-8''" + encoded;
    }
}
