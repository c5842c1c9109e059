package vn.trienkhai.core.demo;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.reportrequest.ReportCompleteness;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionDetail;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.IssueRequest;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.NarrativeInput;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmissionRef;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.SubmitRequest;
import vn.trienkhai.core.reportrequest.ReportRequests;
import vn.trienkhai.core.reportrequest.ReportReview;
import vn.trienkhai.core.reportrequest.ReportSubmissions;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two report requests of Huyện ủy Tam Đường to its communes, so that completeness has all its states: this half-year's
 * narrative report, due in ten days, half answered (some approved, one returned); and last survey year's figures, due
 * long ago, answered late by the communes whose figures are in and missing from the others. Bản Bo, the demo
 * reporter's commune, has answered neither.
 */
@Singleton
class DemoReports {

    private static final List<String> SECTIONS = List.of("Kết quả thực hiện nhiệm vụ", "Hạn chế, nguyên nhân",
            "Phương hướng, nhiệm vụ kỳ tới");
    private static final Map<Integer, String> TEXTS = Map.of(
            0, "Tổ chức quán triệt các nghị quyết, chỉ thị của cấp trên đến 100% chi bộ; tuyên truyền trên hệ thống loa truyền thanh "
                    + "các thôn bản; duy trì sinh hoạt câu lạc bộ văn hóa dân gian.",
            1, "Một số thôn bản xa trung tâm, cụm loa hư hỏng chưa được sửa chữa kịp thời; đội ngũ tuyên truyền viên còn kiêm nhiệm.",
            2, "Tiếp tục nắm bắt dư luận xã hội; sửa chữa cụm loa hư hỏng; đăng ký xây dựng gia đình, thôn bản văn hóa năm tới.");

    private final ReportRequests requests;
    private final ReportCompleteness completeness;
    private final ReportSubmissions submissions;
    private final ReportReview review;
    private final IndicatorCatalogue catalogue;
    private final Clock clock;

    DemoReports(ReportRequests requests, ReportCompleteness completeness, ReportSubmissions submissions, ReportReview review,
                IndicatorCatalogue catalogue, Clock clock) {
        this.requests = requests;
        this.completeness = completeness;
        this.submissions = submissions;
        this.review = review;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    void record(Organisation organisation, Document plan) {
        if (plan.issuingUnitId() == null) {
            return;
        }
        Actor system = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
        LocalDate today = LocalDate.now(clock);
        Period half = Period.of(PeriodKind.HALF_YEAR, today);
        ReportRequest current = requests.issue(system, new IssueRequest("Báo cáo công tác tuyên giáo " + half.label().toLowerCase(),
                plan.issuingUnitId(), half, null, Set.of(UnitKind.COMMUNE), SECTIONS, today.plusDays(10)));
        List<Submission> asked = asked(system, current);
        for (int i = 0; i < asked.size(); i += 2) {
            Submission sent = submit(system, current, asked.get(i));
            if (sent != null && i % 4 == 0) {
                review.approve(system, current.id(), List.of(new SubmissionRef(sent.id(), sent.version())), null);
            } else if (sent != null && i == 2) {
                review.giveBack(system, current.id(), List.of(new SubmissionRef(sent.id(), sent.version())),
                        "Đề nghị bổ sung kết quả tuyên truyền trên loa truyền thanh các thôn bản.");
            }
        }
        List<DataSet> dataSets = catalogue.dataSets(system);
        if (!dataSets.isEmpty()) {
            ReportRequest survey = requests.issue(system, new IssueRequest("Báo cáo số liệu gia đình, thôn bản văn hóa năm 2024",
                    plan.issuingUnitId(), Period.year(2024), dataSets.getFirst().id(), Set.of(UnitKind.COMMUNE),
                    List.of(SECTIONS.getFirst()), LocalDate.of(2025, 1, 15)));
            asked(system, survey).forEach(submission -> submit(system, survey, submission));
        }
    }

    private List<Submission> asked(Actor system, ReportRequest request) {
        return completeness.submissions(system, request.id(), null, null, null, Pageable.from(0, 1_000)).getContent();
    }

    /** Sends a commune's answer, unless it is the demo reporter's or its figures are not all in; the sent submission or null. */
    private Submission submit(Actor system, ReportRequest request, Submission asked) {
        SubmissionDetail detail = submissions.get(system, asked.id());
        if (!detail.missingFigures().isEmpty() || isReporterCommune(detail)) {
            return null;
        }
        List<NarrativeInput> texts = request.sections().stream()
                .map(section -> new NarrativeInput(section.id(), TEXTS.get(section.position() - 1))).toList();
        return submissions.submit(system, asked.id(), new SubmitRequest(texts, asked.version())).submission();
    }

    private static boolean isReporterCommune(SubmissionDetail detail) {
        return detail.submission().unitName().contains("Bản Bo");
    }
}
