package vn.trienkhai.core.reportrequest;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Section;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Timeliness;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.RequestRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.SectionRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.SubmissionRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRows.RequestRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SubmissionRow;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads requests and submissions for the services of this package and decides who sees them: the officers of the
 * requesting unit's subtree (the issuing side) and the units asked (the answering side); to anyone else a request does
 * not exist.
 */
@Singleton
class ReportRequestStore {

    private final RequestRepository requests;
    private final SectionRepository sections;
    private final SubmissionRepository submissions;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    ReportRequestStore(RequestRepository requests, SectionRepository sections, SubmissionRepository submissions, AccessPolicy policy,
                       Messages messages, Clock clock) {
        this.requests = requests;
        this.sections = sections;
        this.submissions = submissions;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** The request if the actor issued it (their scope covers the requesting unit) or one of their units is asked. */
    RequestRow visible(Actor actor, long requestId) {
        RequestRow row = requests.findById(requestId).orElseThrow(this::notFound);
        if (row.organisationId() != actor.organisationId() && !actor.has(Role.SYSTEM_ADMIN)
                || !issuedWithin(actor, row) && submissions.countAskedWithin(requestId, UnitPath.subtreePattern(actor.scopePath())) == 0) {
            throw notFound();
        }
        return row;
    }

    /** Whether the actor's scope covers the requesting unit: the side that reviews the answers. */
    boolean issuedWithin(Actor actor, RequestRow row) {
        return policy.inScope(actor, row.organisationId(), requests.findUnitPath(row.id()));
    }

    SubmissionRow submission(long submissionId) {
        return submissions.findById(submissionId).orElseThrow(this::notFound);
    }

    ReportRequest request(RequestRow row) {
        return new ReportRequest(row.id(), row.unitId(), row.unitName(), row.title(), period(row), row.dataSetId(), unitKinds(row.unitKinds()),
                sections.findByRequestIdOrderByPosition(row.id()).stream()
                        .map(section -> new Section(section.id(), section.position(), section.title())).toList(),
                row.dueOn(), row.createdBy(), row.createdAt(), row.version());
    }

    Submission submission(SubmissionRow row, Unit unit, LocalDate dueOn) {
        return new Submission(row.id(), row.requestId(), row.unitId(), unit.name(), SubmissionStatus.valueOf(row.status()),
                timeliness(row.firstSubmittedAt(), dueOn), row.firstSubmittedAt(), row.submittedAt(), row.submittedBy(), row.version());
    }

    /** On time when the first submission came by the end of the due day, in the organisation's time zone. */
    Timeliness timeliness(Instant firstSubmittedAt, LocalDate dueOn) {
        if (firstSubmittedAt == null) {
            return Timeliness.MISSING;
        }
        return firstSubmittedAt.isBefore(lateFrom(dueOn)) ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    /** The first moment a submission for {@code dueOn} is late: the start of the next day in the organisation's zone. */
    Instant lateFrom(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Period period(RequestRow row) {
        return Period.starting(PeriodKind.valueOf(row.periodKind()), row.periodStart());
    }

    static Set<UnitKind> unitKinds(String names) {
        return names.isEmpty() ? Set.of() : Arrays.stream(names.split(",")).map(UnitKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitKind.class)));
    }

    static String unitKinds(Set<UnitKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    NotFoundException notFound() {
        return new NotFoundException("report.request.not-found", messages.get("report.request.not-found"));
    }
}
