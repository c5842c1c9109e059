package vn.trienkhai.core.reportrequest;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureLocks;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Step;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmissionRef;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.EventRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRows.EventRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.RequestRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SubmissionRow;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The requesting side's review (DD006): approving sent submissions, which locks the unit's figures of the period, or
 * returning them with a comment, one by one or many at once and then all or none; and reopening an approved one, which
 * unlocks the figures and hands the submission back to its unit.
 */
@Singleton
public class ReportReview {

    static final int COMMENT_MAX = 2_000;

    private final ReportRequestStore store;
    private final ReportSubmissions submissions;
    private final ReportNotices notices;
    private final EventRepository events;
    private final FigureLocks locks;
    private final UnitService units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    ReportReview(ReportRequestStore store, ReportSubmissions submissions, ReportNotices notices, EventRepository events,
                 FigureLocks locks, UnitService units, AccessPolicy policy, AuditTrail audit, Messages messages, Clock clock) {
        this.store = store;
        this.submissions = submissions;
        this.notices = notices;
        this.events = events;
        this.locks = locks;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the actor reviews the request's submissions: the buttons to show; the actions check again. */
    @ReadOnly
    public boolean mayReview(Actor actor, long requestId) {
        return policy.allows(actor, Operation.REPORT_REVIEW) && store.issuedWithin(actor, store.visible(actor, requestId));
    }

    /** Approves every submission given, each sent and unchanged since the reviewer saw it, and locks its figures. */
    @Transactional
    public int approve(Actor actor, long requestId, List<SubmissionRef> refs, String comment) {
        return decide(actor, requestId, refs, comment, Step.APPROVED);
    }

    /** Returns every submission given to its unit with the reason, which is required. */
    @Transactional
    public int giveBack(Actor actor, long requestId, List<SubmissionRef> refs, String comment) {
        return decide(actor, requestId, refs, comment, Step.RETURNED);
    }

    /** Reopens an approved submission: its figures unlocked, returned to its unit with the reason. */
    @Transactional
    public void reopen(Actor actor, long submissionId, Long version, String comment) {
        SubmissionRow row = store.submission(submissionId);
        RequestRow request = reviewable(actor, row.requestId());
        FieldErrors errors = new FieldErrors(messages);
        String reason = errors.checkText("comment", comment, COMMENT_MAX, "report.review.comment.required");
        if (version == null) {
            errors.add("version", "indicator.version.required");
        }
        errors.throwIfAny();
        if (!SubmissionStatus.APPROVED.name().equals(row.status())) {
            throw new ConflictException("report.review.not-approved", messages.get("report.review.not-approved"));
        }
        Unit unit = units.get(actor, row.unitId());
        record(actor, unit, request, row, submissions.update(row.withStatus(SubmissionStatus.RETURNED.name()), version), Step.REOPENED, reason);
        locks.unlock(actor, unit.id(), ReportRequestStore.period(request));
    }

    private int decide(Actor actor, long requestId, List<SubmissionRef> refs, String comment, Step step) {
        RequestRow request = reviewable(actor, requestId);
        FieldErrors errors = new FieldErrors(messages);
        String reason = errors.checkText("comment", comment, COMMENT_MAX, step == Step.RETURNED ? "report.review.comment.required" : null);
        if (refs == null || refs.isEmpty()) {
            errors.add("submissions", "report.review.none");
        }
        List<SubmissionRow> chosen = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; refs != null && i < refs.size(); i++) {
            SubmissionRef ref = refs.get(i);
            String field = "submissions[" + i + "]";
            SubmissionRow row = ref.id() == null ? null : find(ref.id());
            if (row == null || row.requestId() != requestId || !seen.add(row.id())) {
                errors.add(field + ".id", "report.review.unknown");
            } else if (ref.version() == null) {
                errors.add(field + ".version", "indicator.version.required");
            } else if (!SubmissionStatus.SUBMITTED.name().equals(row.status())) {
                errors.add(field + ".id", "report.review.not-submitted", units.get(actor, row.unitId()).name(),
                        messages.get("report.status." + row.status()));
            } else {
                chosen.add(new SubmissionRow(row.id(), row.requestId(), row.unitId(), row.status(), row.firstSubmittedAt(), row.submittedAt(),
                        row.submittedBy(), ref.version()));
            }
        }
        errors.throwIfAny();
        Period period = ReportRequestStore.period(request);
        SubmissionStatus status = step == Step.APPROVED ? SubmissionStatus.APPROVED : SubmissionStatus.RETURNED;
        for (SubmissionRow row : chosen) {
            Unit unit = units.get(actor, row.unitId());
            record(actor, unit, request, row, submissions.update(row.withStatus(status.name()), row.version()), step, reason);
            if (step == Step.APPROVED) {
                locks.lock(actor, unit.id(), period);
            }
        }
        return chosen.size();
    }

    private void record(Actor actor, Unit unit, RequestRow request, SubmissionRow before, SubmissionRow after, Step step, String comment) {
        events.save(new EventRow(null, after.id(), step.name(), comment, actor.login(), clock.instant()));
        audit.updated(actor, unit.organisationId(), "report_submission", after.id(), unit.name() + " · " + request.title(), before, after);
        if (step != Step.APPROVED) {
            notices.returned(request, after, comment);
        }
    }

    /** The request, if the actor may review and their scope covers the requesting unit: the side that asked reviews. */
    private RequestRow reviewable(Actor actor, long requestId) {
        RequestRow request = store.visible(actor, requestId);
        policy.require(actor, Operation.REPORT_REVIEW);
        if (!store.issuedWithin(actor, request)) {
            throw new ForbiddenException("report.review.not-issuer", messages.get("report.review.not-issuer", request.unitName()));
        }
        return request;
    }

    private SubmissionRow find(long id) {
        try {
            return store.submission(id);
        } catch (NotFoundException missing) {
            return null;
        }
    }
}
