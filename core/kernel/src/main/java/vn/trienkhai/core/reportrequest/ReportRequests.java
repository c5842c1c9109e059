package vn.trienkhai.core.reportrequest;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Awaited;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Counts;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.RequestSummary;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.IssueRequest;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.RequestRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.SectionRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.SubmissionRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRows.RequestRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SectionRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SubmissionRow;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issuing report requests and listing them (DD006): a unit asks the units of its subtree, of the kinds it names, for
 * one period's figures of a data set and for narrative sections by a due date. The units asked are fixed when the
 * request is issued, one submission each, so that completeness always counts the same units.
 */
@Singleton
public class ReportRequests {

    static final int TITLE_MAX = 500;
    static final int SECTIONS_MAX = 20;
    /** Enough for a unit's own list: a unit is asked a few dozen times a year. */
    static final int AWAITED_NEWEST = 200;

    private final RequestRepository requests;
    private final SectionRepository sections;
    private final SubmissionRepository submissions;
    private final ReportRequestStore store;
    private final ReportCompleteness completeness;
    private final ReportNotices notices;
    private final IndicatorCatalogue catalogue;
    private final UnitService units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    ReportRequests(RequestRepository requests, SectionRepository sections, SubmissionRepository submissions, ReportRequestStore store,
                   ReportCompleteness completeness, ReportNotices notices, IndicatorCatalogue catalogue, UnitService units, AccessPolicy policy,
                   AuditTrail audit, Messages messages, Clock clock) {
        this.requests = requests;
        this.sections = sections;
        this.submissions = submissions;
        this.store = store;
        this.completeness = completeness;
        this.notices = notices;
        this.catalogue = catalogue;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Issues the request and asks every active unit of the kinds named below the requesting unit. */
    @Transactional
    public ReportRequest issue(Actor actor, IssueRequest request) {
        policy.require(actor, Operation.REPORT_REQUEST);
        FieldErrors errors = new FieldErrors(messages);
        String title = errors.checkText("title", request.title(), TITLE_MAX, "report.request.title.required");
        Unit unit = requestingUnit(actor, request.unitId(), errors);
        Period period = request.period();
        if (period == null) {
            errors.add("period", "report.request.period.required");
        }
        if (request.dataSetId() != null) {
            try {
                catalogue.dataSet(actor, request.dataSetId());
            } catch (NotFoundException missing) {
                errors.add("dataSetId", "indicator.data-set.not-found");
            }
        }
        List<String> sectionTitles = sectionTitles(request.sections(), errors);
        if (request.dataSetId() == null && (request.sections() == null || request.sections().isEmpty())) {
            errors.add("sections", "report.request.asks-nothing");
        }
        if (request.dueOn() == null) {
            errors.add("dueOn", "report.request.due.required");
        } else {
            errors.checkDate("dueOn", request.dueOn());
            if (period != null && request.dueOn().isBefore(period.start())) {
                errors.add("dueOn", "report.request.due.before-period", period.label());
            }
        }
        Set<UnitKind> kinds = request.unitKinds() == null ? Set.of() : request.unitKinds();
        if (kinds.isEmpty()) {
            errors.add("unitKinds", "report.request.unit-kinds.required");
        }
        List<Unit> asked = unit == null || period == null || kinds.isEmpty() ? List.of() : asked(actor, unit, kinds, period);
        if (unit != null && period != null && !kinds.isEmpty() && asked.isEmpty()) {
            errors.add("unitKinds", "report.request.no-units", unit.name());
        }
        errors.throwIfAny();

        RequestRow row = requests.save(new RequestRow(null, unit.organisationId(), unit.id(), unit.name(), title, period.kind().name(),
                period.start(), request.dataSetId(), ReportRequestStore.unitKinds(kinds), request.dueOn(), actor.login(),
                clock.instant(), null));
        for (int i = 0; i < sectionTitles.size(); i++) {
            sections.save(new SectionRow(null, row.id(), i + 1, sectionTitles.get(i)));
        }
        notices.asked(row, submissions.saveAll(asked.stream().map(each -> new SubmissionRow(null, row.id(), each.id(),
                SubmissionStatus.PENDING.name(), null, null, null, null)).toList()));
        audit.created(actor, row.organisationId(), "report_request", row.id(), title + " (" + period.label() + ")", row);
        return store.request(row);
    }

    @ReadOnly
    public ReportRequest get(Actor actor, long requestId) {
        return store.request(store.visible(actor, requestId));
    }

    /** The requests issued by the units of the actor's scope, the latest due first, each with its counts. */
    @ReadOnly
    public Page<RequestSummary> issued(Actor actor, Pageable pageable) {
        policy.require(actor, Operation.FIGURE_READ);
        Page<RequestRow> page = requests.findIssuedWithin(actor.organisationId(), UnitPath.subtreePattern(actor.scopePath()), pageable);
        return page.map(row -> new RequestSummary(store.request(row), completeness.counts(actor, row)));
    }

    /**
     * What the actor's own unit was asked (their home unit, and the committee a department works for), open ones first,
     * then the latest due.
     */
    @ReadOnly
    public List<Awaited> awaited(Actor actor) {
        policy.require(actor, Operation.FIGURE_READ);
        Set<Long> own = new LinkedHashSet<>(List.of(actor.homeUnitId(), UnitPath.ids(actor.scopePath()).getLast()));
        List<SubmissionRow> rows = submissions.findAskedOf(own, AWAITED_NEWEST);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, RequestRow> byId = requests.findByIdIn(rows.stream().map(SubmissionRow::requestId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(RequestRow::id, Function.identity()));
        Map<Long, Unit> ownUnits = own.stream().map(id -> units.get(actor, id)).collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Awaited> open = new ArrayList<>();
        List<Awaited> done = new ArrayList<>();
        for (SubmissionRow row : rows) {
            RequestRow request = byId.get(row.requestId());
            Submission submission = store.submission(row, ownUnits.get(row.unitId()), request.dueOn());
            boolean isOpen = submission.status().isOpenToTheUnit();
            (isOpen ? open : done).add(new Awaited(submission, request.title(), ReportRequestStore.period(request), request.dueOn(),
                    isOpen && store.today().isAfter(request.dueOn())));
        }
        open.addAll(done);
        return open;
    }

    /** The requesting unit: in the actor's scope. */
    private Unit requestingUnit(Actor actor, Long unitId, FieldErrors errors) {
        if (unitId == null) {
            errors.add("unitId", "report.request.unit.required");
            return null;
        }
        Unit unit = units.find(actor, unitId).orElse(null);
        if (unit == null) {
            errors.add("unitId", "report.request.unit.out-of-scope");
        }
        return unit;
    }

    private List<String> sectionTitles(List<String> titles, FieldErrors errors) {
        List<String> cleaned = new ArrayList<>();
        if (titles == null) {
            return cleaned;
        }
        if (titles.size() > SECTIONS_MAX) {
            errors.add("sections", "report.request.sections.too-many", SECTIONS_MAX);
            return cleaned;
        }
        for (int i = 0; i < titles.size(); i++) {
            String title = errors.checkText("sections[" + i + "]", titles.get(i), TITLE_MAX, "report.request.section.required");
            if (title != null) {
                cleaned.add(title);
            }
        }
        return cleaned;
    }

    /** The units asked: below the requesting unit, of the kinds named, existing during the period and still active. */
    private List<Unit> asked(Actor actor, Unit unit, Set<UnitKind> kinds, Period period) {
        return units.subtree(actor, unit.id()).stream()
                .filter(each -> each.id() != unit.id() && kinds.contains(each.kind()) && !each.validFrom().isAfter(period.end()))
                .toList();
    }
}
