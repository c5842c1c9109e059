package vn.trienkhai.core.reportrequest;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.report.ReportSection.Block;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.report.ReportSectionSource;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Counts;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Timeliness;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.NarrativeRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.RequestRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRepositories.SectionRepository;
import vn.trienkhai.core.reportrequest.internal.ReportRows.NarrativeRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.RequestRow;
import vn.trienkhai.core.reportrequest.internal.ReportRows.SectionRow;
import vn.trienkhai.core.reportrequest.internal.SubmissionLines;
import vn.trienkhai.core.reportrequest.internal.SubmissionLines.Line;
import vn.trienkhai.core.unit.UnitPath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The core's third section of the consolidated report (DD005, DD006): for each request the unit issued for the period,
 * who has reported (on time, late, not yet, by name), then each narrative section with what every unit wrote in its
 * submission, approved or waiting for review. A returned or unsent report is not quoted.
 */
@Singleton
class NarrativeReportSection implements ReportSectionSource {

    static final int ORDER = 250;
    private static final String HEADING = "TỔNG HỢP BÁO CÁO CỦA CÁC ĐƠN VỊ";

    private final RequestRepository requests;
    private final SectionRepository sections;
    private final NarrativeRepository narratives;
    private final SubmissionLines lines;
    private final ReportRequestStore store;

    NarrativeReportSection(RequestRepository requests, SectionRepository sections, NarrativeRepository narratives, SubmissionLines lines,
                           ReportRequestStore store) {
        this.requests = requests;
        this.sections = sections;
        this.narratives = narratives;
        this.lines = lines;
        this.store = store;
    }

    @Override
    public String moduleId() {
        return null;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    @ReadOnly
    public List<ReportSection> sections(Actor actor, long unitId, Period period) {
        List<Block> blocks = new ArrayList<>();
        for (RequestRow request : requests.findByUnitIdAndPeriodKindAndPeriodStartOrderById(unitId, period.kind().name(), period.start())) {
            List<Line> asked = lines.of(request.id(), UnitPath.subtreePattern(actor.scopePath()));
            blocks.add(new Paragraph(completeness(request, asked)));
            blocks.addAll(quoted(request, asked));
        }
        return blocks.isEmpty() ? List.of() : List.of(new ReportSection(HEADING, blocks));
    }

    /** "Thực hiện Báo cáo …, 7/10 đơn vị đã gửi báo cáo (đúng hạn 5, muộn 2); chưa gửi: Xã A, Xã B." */
    private String completeness(RequestRow request, List<Line> asked) {
        Counts counts = Counts.NONE;
        List<String> missing = new ArrayList<>();
        for (Line line : asked) {
            Timeliness timeliness = store.timeliness(line.firstSubmittedAt(), request.dueOn());
            counts = counts.add(timeliness);
            if (timeliness == Timeliness.MISSING) {
                missing.add(line.unitName());
            }
        }
        String text = "Thực hiện yêu cầu " + request.title() + ", " + (counts.onTime() + counts.late()) + "/" + counts.expected()
                + " đơn vị đã gửi báo cáo (đúng hạn " + counts.onTime() + ", muộn " + counts.late() + ")";
        return text + (missing.isEmpty() ? "." : "; chưa gửi: " + String.join(", ", missing) + ".");
    }

    /** Each section's title, then one paragraph per unit whose report is approved or waiting. */
    private List<Block> quoted(RequestRow request, List<Line> asked) {
        Map<Long, Line> sent = asked.stream()
                .filter(line -> line.status().equals(SubmissionStatus.SUBMITTED.name()) || line.status().equals(SubmissionStatus.APPROVED.name()))
                .collect(Collectors.toMap(Line::submissionId, line -> line, (a, b) -> a, LinkedHashMap::new));
        if (sent.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, String>> bodies = narratives.findBySubmissionIdIn(sent.keySet()).stream()
                .collect(Collectors.groupingBy(NarrativeRow::sectionId, Collectors.toMap(NarrativeRow::submissionId, NarrativeRow::body)));
        List<Block> blocks = new ArrayList<>();
        for (SectionRow section : sections.findByRequestIdOrderByPosition(request.id())) {
            Map<Long, String> texts = bodies.getOrDefault(section.id(), Map.of());
            blocks.add(new Paragraph(section.title() + ":"));
            sent.values().stream().filter(line -> texts.containsKey(line.submissionId()))
                    .map(line -> new Paragraph("- " + line.unitName() + (line.status().equals(SubmissionStatus.SUBMITTED.name())
                            ? " (chờ duyệt)" : "") + ": " + texts.get(line.submissionId())))
                    .forEach(blocks::add);
        }
        return blocks;
    }
}
