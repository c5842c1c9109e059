package vn.trienkhai.core.access;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.account.Account;
import vn.trienkhai.core.account.AccountRequests.ChangeOwnPasswordRequest;
import vn.trienkhai.core.account.AccountRequests.CreateAccountRequest;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.ApiTokens;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.audit.AuditLog;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.FigureLocks;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestModule;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.MoveUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.UpdateUnitRequest;
import vn.trienkhai.core.unit.UnitRestructuring;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.ParsedDeadline;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.reportrequest.ReportCompleteness;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionDetail;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.IssueRequest;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.NarrativeInput;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmissionRef;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmitRequest;
import vn.trienkhai.core.reportrequest.ReportRequests;
import vn.trienkhai.core.reportrequest.ReportReview;
import vn.trienkhai.core.reportrequest.ReportSubmissions;
import vn.trienkhai.core.task.TaskModel.Part;
import vn.trienkhai.core.task.TaskPage;
import vn.trienkhai.core.task.TaskRequests.BulkStatusChange;
import vn.trienkhai.core.task.TaskRequests.CommentRequest;
import vn.trienkhai.core.task.TaskRequests.PartVersion;
import vn.trienkhai.core.task.TaskRequests.ProgressReport;
import vn.trienkhai.core.task.TaskWork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.trienkhai.core.access.Role.*;

/**
 * Every service operation, every role, in and out of scope: the expected answer is written here by hand and
 * the real service is called on PostgreSQL. An {@link Operation} without an expectation and a probe fails
 * the test, so the matrix grows with the code.
 *
 * <p>Each actor's home unit is district A. "In scope" targets district A's commune (or the actor's own
 * organisation); "out of scope" targets district B's commune (or another organisation).
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends PostgresTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMINS = EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN);
    private static final Set<Role> SYSTEM = EnumSet.of(SYSTEM_ADMIN);

    /** Operation → {roles allowed in scope, roles allowed out of scope}. */
    private static final Map<Operation, List<Set<Role>>> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(Operation.UNIT_READ, List.of(ALL, SYSTEM)),
            Map.entry(Operation.UNIT_CREATE, List.of(ADMINS, SYSTEM)),
            Map.entry(Operation.UNIT_UPDATE, List.of(ADMINS, SYSTEM)),
            Map.entry(Operation.UNIT_RESTRUCTURE, List.of(ADMINS, SYSTEM)),
            Map.entry(Operation.ORGANISATION_CREATE, List.of(SYSTEM, SYSTEM)),
            Map.entry(Operation.MODULE_READ, List.of(ALL, ALL)),
            Map.entry(Operation.MODULE_SWITCH, List.of(ADMINS, ADMINS)),
            Map.entry(Operation.ACCOUNT_READ, List.of(ADMINS, SYSTEM)),
            Map.entry(Operation.ACCOUNT_MANAGE, List.of(ADMINS, SYSTEM)),
            Map.entry(Operation.AUDIT_READ, List.of(ADMINS, ADMINS)),
            Map.entry(Operation.DOCUMENT_READ, List.of(ALL, SYSTEM)),
            Map.entry(Operation.DOCUMENT_REGISTER, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER), SYSTEM)),
            Map.entry(Operation.DOCUMENT_IMPORT, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER),
                    EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER))),
            Map.entry(Operation.TASK_READ, List.of(ALL, SYSTEM)),
            Map.entry(Operation.TASK_REPORT, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER), SYSTEM)),
            Map.entry(Operation.TASK_COMMENT, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER), SYSTEM)),
            Map.entry(Operation.TASK_MANAGE, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER), SYSTEM)),
            Map.entry(Operation.INDICATOR_MANAGE, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER), SYSTEM)),
            Map.entry(Operation.FIGURE_READ, List.of(ALL, SYSTEM)),
            Map.entry(Operation.FIGURE_ENTER, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER), SYSTEM)),
            Map.entry(Operation.FIGURE_LOCK, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER), SYSTEM)),
            Map.entry(Operation.REPORT_REQUEST, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER), SYSTEM)),
            Map.entry(Operation.REPORT_SUBMIT, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER, REPORTER), SYSTEM)),
            Map.entry(Operation.REPORT_REVIEW, List.of(EnumSet.of(SYSTEM_ADMIN, ORGANISATION_ADMIN, OFFICER), SYSTEM)),
            Map.entry(Operation.OWN_PASSWORD_CHANGE, List.of(ALL, ALL)),
            Map.entry(Operation.OWN_TOKEN_MANAGE, List.of(ALL, ALL))));

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject UnitRestructuring restructuring;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject ApiTokens tokens;
    @Inject ModuleEnablement modules;
    @Inject AuditLog audit;
    @Inject DocumentImport documentImport;
    @Inject DocumentRegistry registry;
    @Inject TaskPage taskPage;
    @Inject TaskWork taskWork;
    @Inject IndicatorCatalogue indicators;
    @Inject FigureEntry figures;
    @Inject FigureRollUp rollUp;
    @Inject FigureLocks locks;
    @Inject ReportRequests reportRequests;
    @Inject ReportSubmissions reportSubmissions;
    @Inject ReportReview reportReview;
    @Inject ReportCompleteness reportCompleteness;

    private final AtomicInteger sequence = new AtomicInteger();
    /** Months since January 2020 for the figure probes: each call enters a period nobody entered yet. */
    private final AtomicInteger month = new AtomicInteger();
    private Indicator monthly;
    private TestOrganisation org;
    private TestOrganisation other;
    private Map<Role, Actor> actors;

    @BeforeAll
    void organisations() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        other = new TestOrganisation(organisations, units, accounts, authenticator);
        actors = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            actors.put(role, org.signedIn(role, org.districtA));
        }
        monthly = indicators.define(system(org), indicator("SO" + sequence.incrementAndGet()));
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.test.module", "on");
    }

    @Test
    void everyOperationHasAnExpectationAndAProbe() {
        assertEquals(EnumSet.allOf(Operation.class), EXPECTED.keySet());
        assertEquals(EnumSet.allOf(Operation.class), probes().keySet());
    }

    @Test
    void theServicesAnswerAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        probes().forEach((operation, probe) -> {
            for (Role role : Role.values()) {
                for (boolean inScope : new boolean[] {true, false}) {
                    boolean expected = EXPECTED.get(operation).get(inScope ? 0 : 1).contains(role);
                    boolean actual = allowed(() -> probe.run(actors.get(role), inScope));
                    if (expected != actual) {
                        wrong.add("%s %s %s: expected %s".formatted(operation, role, inScope ? "in scope" : "out of scope",
                                expected ? "allowed" : "denied"));
                    }
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    private interface Probe {
        void run(Actor actor, boolean inScope);
    }

    private Map<Operation, Probe> probes() {
        Map<Operation, Probe> probes = new EnumMap<>(Operation.class);
        probes.put(Operation.UNIT_READ, (actor, in) -> units.get(actor, commune(in).id()));
        probes.put(Operation.UNIT_CREATE, (actor, in) -> units.create(actor, new CreateUnitRequest(commune(in).id(),
                UnitKind.VILLAGE, "V" + sequence.incrementAndGet(), "Bản thử", TestOrganisation.START)));
        probes.put(Operation.UNIT_UPDATE, (actor, in) -> {
            Unit unit = fresh(in);
            units.update(actor, unit.id(), new UpdateUnitRequest(unit.version(), unit.kind(), unit.code(), unit.name() + " mới", TestOrganisation.START));
        });
        probes.put(Operation.UNIT_RESTRUCTURE, (actor, in) -> {
            Unit unit = fresh(in);
            restructuring.move(actor, unit.id(), new MoveUnitRequest(unit.version(), (in ? org.districtA : org.districtB).id(), LocalDate.of(2024, 1, 1)));
        });
        probes.put(Operation.ORGANISATION_CREATE, (actor, in) -> organisations.create(actor, "o" + sequence.incrementAndGet() + "x",
                "Đảng ủy thử", UnitKind.COMMITTEE, "ĐU", TestOrganisation.START));
        probes.put(Operation.MODULE_READ, (actor, in) -> modules.enabledModules(actor));
        probes.put(Operation.MODULE_SWITCH, (actor, in) -> modules.setEnabled(actor, TestModule.ID, true));
        probes.put(Operation.ACCOUNT_READ, (actor, in) -> accounts.get(actor, account(in).id()));
        probes.put(Operation.ACCOUNT_MANAGE, (actor, in) -> accounts.resetPassword(actor, account(in).id(), TestOrganisation.PASSWORD));
        probes.put(Operation.AUDIT_READ, (actor, in) -> audit.search(actor, null, null, null, null, Pageable.from(0, 5)));
        probes.put(Operation.DOCUMENT_READ, (actor, in) -> registry.get(actor, document(in).id()));
        probes.put(Operation.DOCUMENT_REGISTER, (actor, in) -> registry.register(actor, new RegisterDocumentRequest(
                "Số " + sequence.incrementAndGet() + "-CV/HU", null, LocalDate.of(2024, 5, 2), null, "Công văn thử", (in ? org.districtA : other.districtA).id(),
                null, null, null)));
        probes.put(Operation.DOCUMENT_IMPORT, (actor, in) -> documentImport.preview(actor, "Số 01-KH/HU\nKẾ HOẠCH\nthử"));
        probes.put(Operation.TASK_READ, (actor, in) -> taskPage.get(actor, part(in).taskId()));
        probes.put(Operation.TASK_REPORT, (actor, in) -> {
            PartInTask part = part(in);
            taskWork.report(actor, part.id(), new ProgressReport(null, "Đã triển khai", 30, part.version()));
        });
        probes.put(Operation.TASK_COMMENT, (actor, in) -> taskWork.comment(actor, part(in).id(), new CommentRequest("Góp ý")));
        probes.put(Operation.TASK_MANAGE, (actor, in) -> {
            PartInTask part = part(in);
            taskWork.changeStatus(actor, new BulkStatusChange(List.of(new PartVersion(part.id(), part.version())), TaskStatus.CANCELLED,
                    "Không còn phù hợp"));
        });
        probes.put(Operation.INDICATOR_MANAGE, (actor, in) -> {
            if (in) {
                indicators.define(actor, indicator("CT" + sequence.incrementAndGet()));
            } else {
                Indicator theirs = indicators.define(system(other), indicator("CT" + sequence.incrementAndGet()));
                IndicatorRequest change = indicator(theirs.code());
                indicators.update(actor, theirs.id(), new IndicatorRequest(change.code(), "Tên mới", change.valueType(), change.aggregation(),
                        null, null, change.periodKinds(), change.unitKinds(), change.source(), null, true, theirs.version()));
            }
        });
        probes.put(Operation.FIGURE_READ, (actor, in) -> rollUp.rollUp(actor, monthly.id(), commune(in).id(), Period.year(2024), true));
        probes.put(Operation.FIGURE_ENTER, (actor, in) -> figures.save(actor, new FigureBatch(List.of(new FigureInput(1, monthly.id(),
                commune(in).id(), nextMonth(), java.math.BigDecimal.TEN, null, null, null)), Source.MANUAL)));
        probes.put(Operation.FIGURE_LOCK, (actor, in) -> locks.lock(actor, commune(in).id(), nextMonth()));
        probes.put(Operation.REPORT_REQUEST, (actor, in) -> reportRequests.issue(actor, reportRequest(in)));
        probes.put(Operation.REPORT_SUBMIT, (actor, in) -> {
            Submission asked = askedSubmission(in);
            reportSubmissions.submit(actor, asked.id(), new SubmitRequest(List.of(new NarrativeInput(sectionOf(asked), "Đã thực hiện")),
                    asked.version()));
        });
        probes.put(Operation.REPORT_REVIEW, (actor, in) -> {
            Submission asked = askedSubmission(in);
            SubmissionDetail sent = reportSubmissions.submit(system(org), asked.id(), new SubmitRequest(
                    List.of(new NarrativeInput(sectionOf(asked), "Đã thực hiện")), asked.version()));
            reportReview.approve(actor, asked.requestId(), List.of(new SubmissionRef(asked.id(), sent.submission().version())), null);
        });
        probes.put(Operation.OWN_PASSWORD_CHANGE, (actor, in) -> accounts.changeOwnPassword(actor,
                new ChangeOwnPasswordRequest(TestOrganisation.PASSWORD, TestOrganisation.PASSWORD), null));
        probes.put(Operation.OWN_TOKEN_MANAGE, (actor, in) -> tokens.personalTokens(actor));
        return probes;
    }

    private static IndicatorRequest indicator(String code) {
        return new IndicatorRequest(code, "Số buổi tuyên truyền", ValueType.COUNT, Aggregation.SUM, null, null, Set.of(PeriodKind.MONTH),
                Set.of(UnitKind.COMMUNE), Source.MANUAL, null, true, null);
    }

    private Period nextMonth() {
        int months = month.getAndIncrement();
        return Period.month(2020 + months / 12, months % 12 + 1);
    }

    private static Actor system(TestOrganisation owner) {
        return Actor.system(owner.organisation.id(), owner.organisation.rootUnitId(), "/" + owner.organisation.rootUnitId() + "/");
    }

    /** A request of district A to its communes, or of district B to its. */
    private IssueRequest reportRequest(boolean inScope) {
        return new IssueRequest("Báo cáo thử " + sequence.incrementAndGet(), (inScope ? org.districtA : org.districtB).id(), nextMonth(),
                null, Set.of(UnitKind.COMMUNE), List.of("Kết quả thực hiện"), LocalDate.of(2030, 1, 31));
    }

    /** The commune's submission to a new request: district A's commune, or district B's. */
    private Submission askedSubmission(boolean inScope) {
        long requestId = reportRequests.issue(system(org), reportRequest(inScope)).id();
        return reportCompleteness.submissions(system(org), requestId, null, null, null, Pageable.from(0, 10)).getContent().getFirst();
    }

    private long sectionOf(Submission submission) {
        return reportRequests.get(system(org), submission.requestId()).sections().getFirst().id();
    }

    /** A document of the actors' organisation, or of another one. */
    private Document document(boolean inScope) {
        TestOrganisation owner = inScope ? org : other;
        Actor system = Actor.system(owner.organisation.id(), owner.organisation.rootUnitId(), "/" + owner.organisation.rootUnitId() + "/");
        return registry.register(system, new RegisterDocumentRequest("Số " + sequence.incrementAndGet() + "-TB/TU", null, LocalDate.of(2024, 5, 2),
                null, "Thông báo thử", null, "Tỉnh ủy", null, null));
    }

    /** A commune's part of a new task: in district A's commune, or in district B's. */
    private PartInTask part(boolean inScope) {
        Actor system = Actor.system(org.organisation.id(), org.organisation.rootUnitId(), "/" + org.organisation.rootUnitId() + "/");
        Unit commune = commune(inScope);
        ImportDraft draft = new ImportDraft(sequence.incrementAndGet() + "-KH/HU", null, DocumentKind.KH, "HU", LocalDate.of(2024, 5, 2),
                null, "Kế hoạch thử", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new ParsedTask("Tuyên truyền", "1", commune.name(), List.of(), ParsedDeadline.NONE, null)), List.of(), null);
        Document plan = documentImport.save(system, new SaveImportRequest(draft, null, commune.parentId(), Map.of(commune.name(), commune.id())));
        long taskId = registry.get(system, plan.id()).tasks().getFirst().id();
        Part part = taskPage.get(system, taskId).occurrences().getFirst().parts().getFirst();
        return new PartInTask(taskId, part.id(), part.version());
    }

    private record PartInTask(long taskId, long id, long version) {
    }

    private Unit commune(boolean inScope) {
        return inScope ? org.communeA : org.communeB;
    }

    /** A new village to change, so that each probe works on a record nobody else touched. */
    private Unit fresh(boolean inScope) {
        Actor system = Actor.system(org.organisation.id(), org.organisation.rootUnitId(), "/" + org.organisation.rootUnitId() + "/");
        return units.create(system, new CreateUnitRequest(commune(inScope).id(), UnitKind.VILLAGE, "F" + sequence.incrementAndGet(),
                "Bản mới", TestOrganisation.START));
    }

    /** An account in the actors' organisation, or in another one. */
    private Account account(boolean inScope) {
        TestOrganisation owner = inScope ? org : other;
        Actor system = Actor.system(owner.organisation.id(), owner.organisation.rootUnitId(), "/" + owner.organisation.rootUnitId() + "/");
        return accounts.create(system, new CreateAccountRequest("acc" + sequence.incrementAndGet() + "-" + owner.organisation.code(),
                "Tài khoản thử", TestOrganisation.PASSWORD, (inScope ? owner.communeA : owner.communeB).id(), Set.of(VIEWER), Set.of()));
    }

    private static boolean allowed(Runnable call) {
        try {
            call.run();
            return true;
        } catch (ForbiddenException | NotFoundException refused) {
            return false;
        } catch (InvalidRequestException invalid) {
            // a unit outside the actor's scope named in a field is refused on that field, revealing no more than "not found"
            if (invalid.fieldErrors().stream().anyMatch(error -> error.code().endsWith("out-of-scope"))) {
                return false;
            }
            throw invalid;
        }
    }
}
