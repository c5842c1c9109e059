package vn.trienkhai.app.api.reportrequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.app.api.unit.PageDto;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.reportrequest.ReportCompleteness;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Awaited;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Completeness;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.RequestSummary;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Timeliness;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.IssueRequest;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmissionRef;
import vn.trienkhai.core.reportrequest.ReportRequests;
import vn.trienkhai.core.reportrequest.ReportReview;
import vn.trienkhai.core.unit.UnitKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Report requests: issuing them, the requesting side's completeness and review, and what a unit is asked (DD006). */
@Controller("/api/report-requests")
@Tag(name = "Báo cáo định kỳ")
class ReportRequestController {

    /** A new request as sent: the period as a code (2025-H2, 2025-Q3, 2025-M07, 2025) or a label (6 tháng cuối năm 2025). */
    @Serdeable
    record IssueRequestDto(@Nullable String title, @Nullable Long unitId, @Nullable String period, @Nullable Long dataSetId,
                           @Nullable Set<UnitKind> unitKinds, @Nullable List<String> sections, @Nullable LocalDate dueOn) {
    }

    @Serdeable
    record ReviewDto(@Nullable List<SubmissionRef> submissions, @Nullable String comment) {
    }

    @Serdeable
    record Reviewed(int changed) {
    }

    private final ReportRequests requests;
    private final ReportCompleteness completeness;
    private final ReportReview review;
    private final Messages messages;

    ReportRequestController(ReportRequests requests, ReportCompleteness completeness, ReportReview review, Messages messages) {
        this.requests = requests;
        this.completeness = completeness;
        this.review = review;
        this.messages = messages;
    }

    @Get
    @Operation(summary = "Yêu cầu báo cáo đã gửi", description = "The requests issued by the units of the caller's scope, the latest "
            + "due first, each with its counts (expected, onTime, late, missing) as far as the caller's scope reaches.")
    PageDto<RequestSummary> issued(@Parameter(hidden = true) Actor actor, @QueryValue(defaultValue = "0") int page,
                                   @QueryValue(defaultValue = "50") int size) {
        return PageDto.of(requests.issued(actor, Pageable.from(Math.max(page, 0), Math.clamp(size, 1, 200))), Function.identity());
    }

    @Get("/awaited")
    @Operation(summary = "Báo cáo đơn vị phải nộp", description = "What the caller's own unit was asked (and the committee a "
            + "department works for): open submissions first (PENDING, RETURNED; overdue when past the due date), then the others.")
    List<Awaited> awaited(@Parameter(hidden = true) Actor actor) {
        return requests.awaited(actor);
    }

    @Post
    @Operation(summary = "Gửi yêu cầu báo cáo", description = "title, unitId (the requesting unit, in the caller's scope), period "
            + "(2025-H2, 2025-Q3, 2025-M07, 2025 or its Vietnamese label), unitKinds (the kinds asked below the unit, e.g. COMMUNE), "
            + "dataSetId (optional: the figures each unit must have entered), sections (the narrative sections' titles), dueOn. "
            + "Needs a data set or at least one section. Every active unit of those kinds below the unit is asked, once. "
            + "422 names every wrong field at once; 403 for a role that may not.")
    HttpResponse<ReportRequest> issue(@Parameter(hidden = true) Actor actor, @Body IssueRequestDto body) {
        Period period = body.period() == null ? null : Period.parse(body.period()).orElseThrow(() ->
                InvalidRequestException.field("period", "report.request.period.invalid", messages.get("report.request.period.invalid")));
        return HttpResponse.created(requests.issue(actor, new IssueRequest(body.title(), body.unitId(), period, body.dataSetId(),
                body.unitKinds(), body.sections(), body.dueOn())));
    }

    @Get("/{id}")
    @Operation(summary = "Yêu cầu báo cáo", description = "To the requesting side and to the units asked; 404 to anyone else.")
    ReportRequest get(@Parameter(hidden = true) Actor actor, long id) {
        return requests.get(actor, id);
    }

    @Get("/{id}/completeness")
    @Operation(summary = "Tình hình nộp báo cáo", description = "The units asked under unitId (default: the requesting unit, or the "
            + "caller's scope unit for the side that answers) counted onTime, late (by the first submission) and missing, with the "
            + "rate, and one row per child unit; open a drillable row by passing its unitId.")
    Completeness completeness(@Parameter(hidden = true) Actor actor, long id, @QueryValue @Nullable Long unitId) {
        return completeness.get(actor, id, unitId);
    }

    @Get("/{id}/submissions")
    @Operation(summary = "Báo cáo của các đơn vị", description = "The submissions under unitId in the tree's order; timeliness "
            + "ON_TIME, LATE or MISSING and status PENDING, SUBMITTED, RETURNED or APPROVED narrow them.")
    PageDto<Submission> submissions(@Parameter(hidden = true) Actor actor, long id, @QueryValue @Nullable Long unitId,
                                    @QueryValue @Nullable Timeliness timeliness, @QueryValue @Nullable SubmissionStatus status,
                                    @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        return PageDto.of(completeness.submissions(actor, id, unitId, timeliness, status,
                Pageable.from(Math.max(page, 0), Math.clamp(size, 1, 200))), Function.identity());
    }

    @Post("/{id}/approve")
    @Operation(summary = "Duyệt báo cáo", description = "submissions: [{id, version}] of submissions waiting for review, comment "
            + "optional. Locks each unit's figures of the period. All or none: one submission not waiting, or changed since read "
            + "(409), approves nothing. Only the requesting side reviews (403 otherwise).")
    Reviewed approve(@Parameter(hidden = true) Actor actor, long id, @Body ReviewDto body) {
        return new Reviewed(review.approve(actor, id, body.submissions(), body.comment()));
    }

    @Post("/{id}/return")
    @Operation(summary = "Trả lại báo cáo", description = "submissions: [{id, version}], comment (required: the reason). The units "
            + "send again; all or none as for approval.")
    Reviewed giveBack(@Parameter(hidden = true) Actor actor, long id, @Body ReviewDto body) {
        return new Reviewed(review.giveBack(actor, id, body.submissions(), body.comment()));
    }
}
