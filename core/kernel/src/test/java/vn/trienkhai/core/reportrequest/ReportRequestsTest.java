package vn.trienkhai.core.reportrequest;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.FigureLocks;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.DataSetRequest;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.notification.Notifications;
import vn.trienkhai.core.notification.Notifications.Kind;
import vn.trienkhai.core.notification.Notifications.Notice;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.report.ConsolidatedReport;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Completeness;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Counts;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Step;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionDetail;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Timeliness;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.IssueRequest;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.NarrativeInput;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmissionRef;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmitRequest;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request from issue to review on PostgreSQL (DD006): who is asked, what a submission needs, how completeness
 * counts, what approval locks, and who may do each step. The clock stands at 2 March 2026.
 */
@MicronautTest(transactional = false)
class ReportRequestsTest extends PostgresTest {

    private static final LocalDate DUE_AHEAD = LocalDate.of(2026, 3, 10);
    private static final LocalDate DUE_PASSED = LocalDate.of(2026, 2, 27);

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject IndicatorCatalogue catalogue;
    @Inject FigureEntry figures;
    @Inject FigureLocks locks;
    @Inject ReportRequests requests;
    @Inject ReportSubmissions submissions;
    @Inject ReportReview review;
    @Inject ReportCompleteness completeness;
    @Inject ConsolidatedReport consolidated;
    @Inject Notifications notifications;

    private TestOrganisation org;
    private Actor admin;
    private Actor officerA;
    private Actor reporterA;
    private Actor reporterB;
    private Unit communeA2;
    private Indicator households;
    private DataSet survey;
    /** Each data set request has a year of its own, within the units' existence and before the due dates. */
    private int year = 2020;
    private int sequence;

    @BeforeAll
    void organisation() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        communeA2 = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.COMMUNE, "XA2", "Xã A2", TestOrganisation.START));
        officerA = org.signedIn(Role.OFFICER, org.districtA);
        reporterA = org.signedIn(Role.REPORTER, org.communeA);
        reporterB = org.signedIn(Role.REPORTER, org.communeB);
        households = catalogue.define(admin, new IndicatorRequest("VH01", "Tỷ lệ hộ gia đình văn hóa", ValueType.PERCENTAGE,
                Aggregation.RATIO_OF_SUMS, "Số hộ văn hóa", "Tổng số hộ", Set.of(PeriodKind.YEAR), Set.of(UnitKind.COMMUNE),
                Source.MANUAL, null, true, null));
        survey = catalogue.saveDataSet(admin, null, new DataSetRequest("Khảo sát văn hóa", List.of(households.id()), null));
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.test.clock", "movable");
    }

    @Test
    void aRequestIsCheckedOnEveryFieldAtOnce() {
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> requests.issue(officerA,
                new IssueRequest(" ", org.districtB.id(), null, 999_999L, Set.of(), List.of("Kết quả", " "), null)));
        assertEquals(Set.of("title", "unitId", "period", "dataSetId", "sections[1]", "dueOn", "unitKinds"), fields(invalid).keySet());
        assertEquals("Đơn vị yêu cầu không thuộc phạm vi của bạn.", fields(invalid).get("unitId"));

        InvalidRequestException nobody = assertThrows(InvalidRequestException.class, () -> requests.issue(officerA,
                new IssueRequest("Báo cáo thôn", org.districtA.id(), Period.year(2025), null, Set.of(UnitKind.VILLAGE), List.of("Kết quả"),
                        DUE_AHEAD)));
        assertEquals("Không có đơn vị nào thuộc các loại đã chọn trực thuộc Huyện ủy A.", fields(nobody).get("unitKinds"));
        InvalidRequestException nothing = assertThrows(InvalidRequestException.class, () -> requests.issue(officerA,
                new IssueRequest("Báo cáo", org.districtA.id(), Period.year(2025), null, Set.of(UnitKind.COMMUNE), List.of(), DUE_AHEAD)));
        assertEquals(Set.of("sections"), fields(nothing).keySet());
        assertThrows(ForbiddenException.class, () -> requests.issue(reporterA, issue(org.districtA, null, DUE_AHEAD)));
    }

    @Test
    void theCommunesOfTheDistrictAreAskedAndCountedMissingUntilTheyReport() {
        ReportRequest request = requests.issue(officerA, issue(org.districtA, null, DUE_AHEAD));
        assertEquals(List.of("Kết quả thực hiện", "Phương hướng"), request.sections().stream().map(s -> s.title()).toList());
        Completeness before = completeness.get(officerA, request.id(), null);
        assertEquals(new Counts(2, 0, 0, 2), before.total());
        assertEquals(Set.of("Xã A", "Xã A2"), before.bySubUnit().stream().map(row -> row.unitName()).collect(Collectors.toSet()));

        Submission asked = submissionOf(officerA, request, org.communeA);
        submissions.submit(reporterA, asked.id(), answer(request, asked.version()));
        Completeness after = completeness.get(officerA, request.id(), null);
        assertEquals(new Counts(2, 1, 0, 1), after.total());
        assertEquals(new BigDecimal("50.0"), after.total().rate());
        assertEquals(List.of("Xã A2"), completeness.submissions(officerA, request.id(), null, Timeliness.MISSING, null, Pageable.from(0, 20))
                .getContent().stream().map(Submission::unitName).toList());
        assertEquals(List.of(SubmissionStatus.SUBMITTED), requests.awaited(reporterA).stream()
                .filter(awaited -> awaited.submission().requestId() == request.id()).map(awaited -> awaited.submission().status()).toList());
    }

    @Test
    void aSubmissionAfterTheDueDateIsLateAndTheProvinceDrillsDownByDistrict() {
        ReportRequest request = requests.issue(admin, issue(unit(org.organisation.rootUnitId()), null, DUE_PASSED));
        Submission asked = submissionOf(admin, request, org.communeB);
        submissions.submit(reporterB, asked.id(), answer(request, asked.version()));
        Completeness province = completeness.get(admin, request.id(), null);
        assertEquals(new Counts(3, 0, 1, 2), province.total());
        Map<String, Counts> byDistrict = province.bySubUnit().stream().collect(Collectors.toMap(row -> row.unitName(), row -> row.counts()));
        assertEquals(Map.of("Huyện ủy A", new Counts(2, 0, 0, 2), "Huyện ủy B", new Counts(1, 0, 1, 0)), byDistrict);
        assertTrue(province.bySubUnit().stream().allMatch(row -> row.drillable()));
        assertEquals(new Counts(2, 0, 0, 2), completeness.get(admin, request.id(), org.districtA.id()).total());
        // a district's officer answers the province and sees the district's part of it only
        assertEquals(new Counts(2, 0, 0, 2), completeness.get(officerA, request.id(), null).total());
        assertTrue(requests.awaited(reporterA).stream().anyMatch(awaited -> awaited.overdue() && awaited.requestTitle().equals(request.title())));
    }

    @Test
    void aSubmissionNeedsEverySectionAndTheDataSetsFigures() {
        Period period = Period.year(nextYear());
        ReportRequest request = requests.issue(officerA, new IssueRequest("Báo cáo năm", org.districtA.id(), period, survey.id(),
                Set.of(UnitKind.COMMUNE), List.of("Kết quả thực hiện"), DUE_AHEAD));
        Submission asked = submissionOf(reporterA, request, org.communeA);
        SubmissionDetail detail = submissions.get(reporterA, asked.id());
        assertEquals(List.of("VH01 Tỷ lệ hộ gia đình văn hóa"), detail.missingFigures());

        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> submissions.submit(reporterA, asked.id(),
                new SubmitRequest(List.of(new NarrativeInput(request.sections().getFirst().id(), "  ")), asked.version())));
        assertEquals(Set.of("narratives[" + request.sections().getFirst().id() + "].body", "figures"), fields(invalid).keySet());
        assertEquals(SubmissionStatus.PENDING, submissions.get(reporterA, asked.id()).submission().status());

        enterHouseholds(reporterA, org.communeA, period);
        SubmissionDetail sent = submissions.submit(reporterA, asked.id(), answer(request, asked.version()));
        assertEquals(SubmissionStatus.SUBMITTED, sent.submission().status());
        assertEquals("Đã tổ chức tuyên truyền.", sent.narratives().getFirst().body());
        assertEquals(List.of(Step.SUBMITTED), sent.history().stream().map(event -> event.step()).toList());
        assertThrows(ConflictException.class, () -> submissions.submit(reporterA, asked.id(), answer(request, sent.submission().version())));
    }

    @Test
    void approvalLocksTheFiguresUntilReopenedAndEveryStepStaysInTheHistory() {
        Period period = Period.year(nextYear());
        ReportRequest request = requests.issue(officerA, new IssueRequest("Báo cáo năm", org.districtA.id(), period, survey.id(),
                Set.of(UnitKind.COMMUNE), List.of("Kết quả thực hiện"), DUE_AHEAD));
        enterHouseholds(reporterA, org.communeA, period);
        Submission asked = submissionOf(officerA, request, org.communeA);
        SubmissionDetail sent = submissions.submit(reporterA, asked.id(), answer(request, asked.version()));

        assertThrows(ForbiddenException.class, () -> review.approve(reporterA, request.id(),
                List.of(new SubmissionRef(asked.id(), sent.submission().version())), null));
        InvalidRequestException noReason = assertThrows(InvalidRequestException.class, () -> review.giveBack(officerA, request.id(),
                List.of(new SubmissionRef(asked.id(), sent.submission().version())), " "));
        assertEquals(Set.of("comment"), fields(noReason).keySet());
        assertThrows(ConflictException.class, () -> review.approve(officerA, request.id(),
                List.of(new SubmissionRef(asked.id(), sent.submission().version() - 1)), null));

        assertEquals(1, review.approve(officerA, request.id(), List.of(new SubmissionRef(asked.id(), sent.submission().version())), "Đạt"));
        assertTrue(locks.isLocked(org.communeA.id(), period));
        InvalidRequestException locked = assertThrows(InvalidRequestException.class, () -> enterHouseholds(reporterA, org.communeA, period));
        assertTrue(locked.fieldErrors().getFirst().code().equals("figure.locked"));

        SubmissionDetail approved = submissions.get(officerA, asked.id());
        review.reopen(officerA, asked.id(), approved.submission().version(), "Cần bổ sung số liệu thôn");
        assertTrue(!locks.isLocked(org.communeA.id(), period));
        SubmissionDetail reopened = submissions.get(reporterA, asked.id());
        assertEquals(SubmissionStatus.RETURNED, reopened.submission().status());
        assertEquals(List.of(Step.SUBMITTED, Step.APPROVED, Step.REOPENED), reopened.history().stream().map(event -> event.step()).toList());
        assertEquals("Cần bổ sung số liệu thôn", reopened.history().getLast().comment());
        // sent again after the return: still on time, judged by the first submission
        SubmissionDetail again = submissions.submit(reporterA, asked.id(), answer(request, reopened.submission().version()));
        assertEquals(Timeliness.ON_TIME, again.submission().timeliness());
    }

    @Test
    void theUnitsAskedAreToldAndTheAskerLearnsOfEachAnswerAndEachReturn() {
        ReportRequest request = requests.issue(officerA, issue(org.districtA, null, DUE_AHEAD));
        Submission asked = submissionOf(officerA, request, org.communeA);
        String submissionPage = "reports/submissions/" + asked.id();
        Notice told = noticeAt(reporterA, submissionPage, Kind.REPORT_ASKED);
        assertTrue(told.text().startsWith("Huyện ủy A đề nghị báo cáo: " + request.title()), told.text());
        assertTrue(notifications.list(reporterB).stream().noneMatch(notice -> notice.text().contains(request.title())),
                "a commune of another district is not asked");

        SubmissionDetail sent = submissions.submit(reporterA, asked.id(), answer(request, asked.version()));
        assertEquals("Xã A đã gửi báo cáo: " + request.title(),
                noticeAt(officerA, "reports/requests/" + request.id(), Kind.REPORT_SENT).text());

        review.giveBack(officerA, request.id(), List.of(new SubmissionRef(asked.id(), sent.submission().version())), "Thiếu phương hướng");
        assertTrue(noticeAt(reporterA, submissionPage, Kind.REPORT_RETURNED).text().endsWith("Lý do: Thiếu phương hướng"));
    }

    private Notice noticeAt(Actor actor, String link, Kind kind) {
        return notifications.list(actor).stream().filter(notice -> link.equals(notice.link()) && notice.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " notice linking to " + link));
    }

    @Test
    void aBulkReviewWithOneUnsentSubmissionChangesNothing() {
        ReportRequest request = requests.issue(officerA, issue(org.districtA, null, DUE_AHEAD));
        Submission first = submissionOf(officerA, request, org.communeA);
        Submission second = submissionOf(officerA, request, communeA2);
        SubmissionDetail sent = submissions.submit(reporterA, first.id(), answer(request, first.version()));
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> review.approve(officerA, request.id(),
                List.of(new SubmissionRef(first.id(), sent.submission().version()), new SubmissionRef(second.id(), second.version())), null));
        assertEquals("Báo cáo của Xã A2 đang ở trạng thái \"Chưa nộp\": chỉ duyệt hoặc trả lại báo cáo chờ duyệt.",
                fields(invalid).get("submissions[1].id"));
        assertEquals(SubmissionStatus.SUBMITTED, submissions.get(officerA, first.id()).submission().status());

        assertEquals(1, review.giveBack(officerA, request.id(), List.of(new SubmissionRef(first.id(), sent.submission().version())),
                "Thiếu kết quả"));
        assertEquals(SubmissionStatus.RETURNED, submissions.get(reporterA, first.id()).submission().status());
    }

    @Test
    void theConsolidatedReportNamesWhoHasNotReportedAndQuotesTheReportsSent() {
        Period period = Period.quarter(2025, 4);
        ReportRequest request = requests.issue(officerA, new IssueRequest("Báo cáo quý IV", org.districtA.id(), period, null,
                Set.of(UnitKind.COMMUNE), List.of("Kết quả thực hiện"), DUE_AHEAD));
        Submission asked = submissionOf(officerA, request, org.communeA);
        submissions.submit(reporterA, asked.id(), answer(request, asked.version()));
        List<ReportSection> sections = consolidated.build(officerA, org.districtA.id(), period).sections();
        ReportSection quoted = sections.stream().filter(section -> section.heading().equals("TỔNG HỢP BÁO CÁO CỦA CÁC ĐƠN VỊ"))
                .findFirst().orElseThrow();
        List<String> texts = quoted.blocks().stream().map(block -> ((ReportSection.Paragraph) block).text()).toList();
        assertEquals(List.of("Thực hiện yêu cầu Báo cáo quý IV, 1/2 đơn vị đã gửi báo cáo (đúng hạn 1, muộn 0); chưa gửi: Xã A2.",
                "Kết quả thực hiện:", "- Xã A (chờ duyệt): Đã tổ chức tuyên truyền."), texts);
        assertTrue(consolidated.build(officerA, org.districtA.id(), Period.quarter(2025, 3)).sections().stream()
                .noneMatch(section -> section.heading().equals(quoted.heading())), "a period without requests has no such section");
    }

    @Test
    void nobodyOutsideTheRequestSeesIt() {
        ReportRequest request = requests.issue(officerA, issue(org.districtA, null, DUE_AHEAD));
        assertThrows(NotFoundException.class, () -> requests.get(reporterB, request.id()));
        assertThrows(NotFoundException.class, () -> completeness.get(reporterB, request.id(), null));
        Submission asked = submissionOf(officerA, request, org.communeA);
        assertThrows(NotFoundException.class, () -> submissions.get(reporterB, asked.id()));
        assertThrows(NotFoundException.class, () -> submissions.submit(reporterB, asked.id(), answer(request, asked.version())));
        assertEquals(request.id(), requests.get(reporterA, request.id()).id());
        assertTrue(requests.issued(officerA, Pageable.from(0, 50)).getContent().stream().anyMatch(row -> row.request().id() == request.id()));
        assertTrue(requests.issued(reporterB, Pageable.from(0, 50)).getContent().stream().noneMatch(row -> row.request().id() == request.id()));
        assertNull(new Counts(0, 0, 0, 0).rate());
    }

    private IssueRequest issue(Unit unit, Long dataSetId, LocalDate dueOn) {
        return new IssueRequest("Báo cáo 6 tháng (" + ++sequence + ")", unit.id(), Period.halfYear(2025, 2), dataSetId, Set.of(UnitKind.COMMUNE),
                List.of("Kết quả thực hiện", "Phương hướng"), dueOn);
    }

    private SubmitRequest answer(ReportRequest request, long version) {
        return new SubmitRequest(request.sections().stream().map(section -> new NarrativeInput(section.id(), "Đã tổ chức tuyên truyền."))
                .toList(), version);
    }

    private Submission submissionOf(Actor actor, ReportRequest request, Unit unit) {
        return completeness.submissions(actor, request.id(), null, null, null, Pageable.from(0, 50)).getContent().stream()
                .filter(submission -> submission.unitId() == unit.id()).findFirst().orElseThrow();
    }

    private void enterHouseholds(Actor actor, Unit commune, Period period) {
        figures.save(actor, new FigureBatch(List.of(new FigureInput(1, households.id(), commune.id(), period, null, new BigDecimal("380"),
                new BigDecimal("420"), null)), Source.MANUAL));
    }

    private Unit unit(long id) {
        return units.get(admin, id);
    }

    private int nextYear() {
        return ++year;
    }

    private static Map<String, String> fields(InvalidRequestException invalid) {
        return invalid.fieldErrors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
    }
}
