package vn.trienkhai.core.reportrequest;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Event;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Narrative;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Section;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Step;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionDetail;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.NarrativeInput;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmitRequest;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.EventRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.NarrativeRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.SubmissionRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRows.EventRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.NarrativeRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.RequestRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SubmissionRow;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A unit's answer to a request (DD006): its narratives, one per section asked, sent once its figures of the data set
 * are all entered for the period. A unit sends while its submission is pending or returned; a sent one waits for
 * review.
 */
@Singleton
public class ReportSubmissions {

    static final int NARRATIVE_MAX = 20_000;

    private final ReportRequestStore store;
    private final SubmissionRepository submissions;
    private final ReportNotices notices;
    private final NarrativeRepository narratives;
    private final EventRepository events;
    private final IndicatorCatalogue catalogue;
    private final FigureEntry figures;
    private final UnitService units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    ReportSubmissions(ReportRequestStore store, SubmissionRepository submissions, ReportNotices notices, NarrativeRepository narratives,
                      EventRepository events, IndicatorCatalogue catalogue, FigureEntry figures, UnitService units, AccessPolicy policy, AuditTrail audit,
                      Messages messages, Clock clock) {
        this.store = store;
        this.submissions = submissions;
        this.notices = notices;
        this.narratives = narratives;
        this.events = events;
        this.catalogue = catalogue;
        this.figures = figures;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A submission with its narratives, history and the figures still missing: to its unit and to the requesting side. */
    @ReadOnly
    public SubmissionDetail get(Actor actor, long submissionId) {
        policy.require(actor, Operation.FIGURE_READ);
        SubmissionRow row = store.submission(submissionId);
        RequestRow requestRow = store.visible(actor, row.requestId());
        Unit unit = units.get(actor, row.unitId());
        ReportRequest request = store.request(requestRow);
        Map<Long, String> bodies = narratives.findBySubmissionId(row.id()).stream()
                .collect(Collectors.toMap(NarrativeRow::sectionId, NarrativeRow::body));
        List<Narrative> texts = request.sections().stream()
                .map(section -> new Narrative(section.id(), section.title(), bodies.get(section.id()))).toList();
        List<Event> history = events.findBySubmissionIdOrderByAt(row.id()).stream()
                .map(event -> new Event(Step.valueOf(event.action()), event.comment(), event.actorLogin(), event.at())).toList();
        return new SubmissionDetail(request, store.submission(row, unit, request.dueOn()), texts, history,
                missingFigures(actor, request, unit));
    }

    /** Whether the actor may send this answer now: the form to show; {@link #submit} checks again. */
    public boolean mayAnswer(Actor actor, SubmissionDetail detail) {
        return detail.submission().status().isOpenToTheUnit() && policy.allows(actor, Operation.REPORT_SUBMIT);
    }

    /** Sends the unit's answer; refused, with every reason at once, while a section is empty or a figure is missing. */
    @Transactional
    public SubmissionDetail submit(Actor actor, long submissionId, SubmitRequest request) {
        SubmissionRow row = store.submission(submissionId);
        RequestRow requestRow = store.visible(actor, row.requestId());
        Unit unit = units.get(actor, row.unitId());
        policy.require(actor, Operation.REPORT_SUBMIT, unit.organisationId(), unit.path());
        if (!SubmissionStatus.valueOf(row.status()).isOpenToTheUnit()) {
            throw new ConflictException("report.submission.not-open", messages.get("report.submission.not-open",
                    messages.get("report.status." + row.status())));
        }
        ReportRequest asked = store.request(requestRow);
        FieldErrors errors = new FieldErrors(messages);
        if (request.version() == null) {
            errors.add("version", "indicator.version.required");
        }
        Map<Long, String> texts = narratives(asked.sections(), request.narratives(), errors);
        List<String> missing = missingFigures(actor, asked, unit);
        if (!missing.isEmpty()) {
            errors.add("figures", "report.submission.figures-missing", String.join("; ", missing));
        }
        errors.throwIfAny();

        SubmissionRow submitted = update(row.submitted(actor.login(), clock.instant()), request.version());
        narratives.deleteBySubmissionId(row.id());
        texts.forEach((sectionId, body) -> narratives.save(new NarrativeRow(null, row.id(), sectionId, body)));
        events.save(new EventRow(null, row.id(), Step.SUBMITTED.name(), null, actor.login(), clock.instant()));
        audit.updated(actor, unit.organisationId(), "report_submission", row.id(), unit.name() + " · " + asked.title(), row, submitted);
        notices.sent(requestRow, unit.name());
        return get(actor, submissionId);
    }

    /** Writes a changed submission on the version its author saw; a concurrent change refuses it. */
    SubmissionRow update(SubmissionRow changed, long version) {
        SubmissionRow onVersion = new SubmissionRow(changed.id(), changed.requestId(), changed.unitId(), changed.status(),
                changed.firstSubmittedAt(), changed.submittedAt(), changed.submittedBy(), version);
        try {
            return submissions.update(onVersion);
        } catch (OptimisticLockException concurrent) {
            throw new ConflictException("report.submission.changed-by-someone-else", messages.get("report.submission.changed-by-someone-else"));
        }
    }

    /** One non-empty text per section asked, none for a section the request does not have. */
    private Map<Long, String> narratives(List<Section> sections, List<NarrativeInput> inputs, FieldErrors errors) {
        Map<Long, String> given = new HashMap<>();
        Set<Long> asked = sections.stream().map(Section::id).collect(Collectors.toSet());
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            NarrativeInput input = inputs.get(i);
            if (input.sectionId() == null || !asked.contains(input.sectionId())) {
                errors.add("narratives[" + i + "].sectionId", "report.submission.section.unknown");
            } else {
                given.put(input.sectionId(), input.body());
            }
        }
        Map<Long, String> texts = new HashMap<>();
        for (Section section : sections) {
            String text = errors.checkText("narratives[" + section.id() + "].body", given.get(section.id()), NARRATIVE_MAX,
                    "report.submission.narrative.required");
            if (text != null) {
                texts.put(section.id(), text);
            }
        }
        return texts;
    }

    /** The data set's indicators entered by hand that apply to the unit and period and have no figure yet, "code name". */
    private List<String> missingFigures(Actor actor, ReportRequest request, Unit unit) {
        if (request.dataSetId() == null) {
            return List.of();
        }
        Period period = request.period();
        Set<Long> entered = figures.figures(actor, unit.id(), period).stream().map(Figure::indicatorId).collect(Collectors.toSet());
        return catalogue.dataSet(actor, request.dataSetId()).indicators().stream()
                .filter(indicator -> indicator.isEnteredByHand() && indicator.active() && indicator.unitKinds().contains(unit.kind())
                        && indicator.periodKinds().contains(period.kind()) && !entered.contains(indicator.id()))
                .map(indicator -> indicator.code() + " " + indicator.name())
                .toList();
    }
}
