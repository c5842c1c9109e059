package vn.trienkhai.app.api.reportrequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionDetail;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmitRequest;
import vn.trienkhai.core.reportrequest.ReportReview;
import vn.trienkhai.core.reportrequest.ReportSubmissions;

/** One unit's answer to a request: read it, send it, and reopen an approved one (DD006). */
@Controller("/api/report-submissions")
@Tag(name = "Báo cáo định kỳ")
class ReportSubmissionController {

    @Serdeable
    record ReopenDto(@Nullable Long version, @Nullable String comment) {
    }

    private final ReportSubmissions submissions;
    private final ReportReview review;

    ReportSubmissionController(ReportSubmissions submissions, ReportReview review) {
        this.submissions = submissions;
        this.review = review;
    }

    @Get("/{id}")
    @Operation(summary = "Báo cáo của đơn vị", description = "The request, the submission (status, timeliness, version), one "
            + "narrative per section, the history of every step, and the data set's indicators still without a figure.")
    SubmissionDetail get(@Parameter(hidden = true) Actor actor, long id) {
        return submissions.get(actor, id);
    }

    @Post("/{id}/submit")
    @Operation(summary = "Nộp báo cáo", description = "narratives: [{sectionId, body}] one per section (required), version as read. "
            + "422 on every empty section (narratives[<sectionId>].body) and on figures when some of the data set are missing; 409 "
            + "when it is not open to the unit (waiting or approved) or changed meanwhile.")
    SubmissionDetail submit(@Parameter(hidden = true) Actor actor, long id, @Body SubmitRequest body) {
        return submissions.submit(actor, id, body);
    }

    @Post("/{id}/reopen")
    @Operation(summary = "Mở lại báo cáo đã duyệt", description = "version as read, comment (required). Unlocks the unit's figures "
            + "of the period and returns the submission to the unit; the requesting side only.")
    SubmissionDetail reopen(@Parameter(hidden = true) Actor actor, long id, @Body ReopenDto body) {
        review.reopen(actor, id, body.version(), body.comment());
        return submissions.get(actor, id);
    }
}
