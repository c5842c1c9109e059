package vn.trienkhai.modules.ideology;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.report.ReportSection.Block;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.report.ReportSection.Table;
import vn.trienkhai.core.report.ReportSectionSource;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The consolidated report's "Công tác tư tưởng" (DD005): the public opinion of the period (reports received, hot spots
 * raised, settled, still followed) and the grassroots radio as it stands, with the points that are down.
 */
@Singleton
final class IdeologyReportSection implements ReportSectionSource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OpinionReports reports;
    private final GrassrootsRadio radio;
    private final Messages messages;

    IdeologyReportSection(OpinionReports reports, GrassrootsRadio radio, Messages messages) {
        this.reports = reports;
        this.radio = radio;
        this.messages = messages;
    }

    @Override
    public String moduleId() {
        return IdeologyModule.ID;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public List<ReportSection> sections(Actor actor, long unitId, Period period) {
        List<OpinionReport> all = reports.ofUnit(actor, unitId);
        List<OpinionReport> received = all.stream().filter(report -> within(report.reportDate(), period)).toList();
        List<OpinionReport> open = all.stream().filter(OpinionReport::isOpenHotSpot).toList();
        List<RadioPoint> points = radio.ofUnit(actor, unitId);
        if (received.isEmpty() && open.isEmpty() && points.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(messages.get("ideology.section.opinion", period.label(), received.size(),
                received.stream().filter(report -> report.mood() == Mood.TENSE).count(),
                received.stream().filter(OpinionReport::hotSpot).count(),
                all.stream().filter(report -> report.closedOn() != null && report.hotSpot() && within(report.closedOn(), period)).count(),
                open.size())));
        if (!open.isEmpty()) {
            blocks.add(new Table(List.of(messages.get("ideology.section.date"), messages.get("ideology.section.unit"),
                    messages.get("ideology.section.topic"), messages.get("ideology.section.owner")),
                    open.stream().map(report -> List.of(DATE.format(report.reportDate()), report.unitName(), report.topic(),
                            report.followUpOwner())).toList()));
        }
        if (!points.isEmpty()) {
            List<RadioPoint> stations = points.stream().filter(point -> point.kind() == RadioKind.STATION).toList();
            List<RadioPoint> clusters = points.stream().filter(point -> point.kind() == RadioKind.CLUSTER).toList();
            blocks.add(new Paragraph(messages.get("ideology.section.radio", stations.stream().filter(RadioPoint::isWorking).count(),
                    stations.size(), clusters.stream().filter(RadioPoint::isWorking).count(), clusters.size())));
            List<RadioPoint> down = points.stream().filter(point -> !point.isWorking()).toList();
            if (!down.isEmpty()) {
                blocks.add(new Table(List.of(messages.get("ideology.section.commune"), messages.get("ideology.section.point"),
                        messages.get("ideology.section.status"), messages.get("ideology.section.checked")),
                        down.stream().map(point -> List.of(point.communeName(),
                                point.village().isEmpty() ? messages.get(point.kind().labelKey()) : point.village(),
                                messages.get(point.status().labelKey()),
                                point.lastChecked() == null ? "" : DATE.format(point.lastChecked()))).toList()));
            }
        }
        return List.of(new ReportSection(messages.get("ideology.section.heading"), blocks));
    }

    private static boolean within(LocalDate date, Period period) {
        return !date.isBefore(period.start()) && !date.isAfter(period.end());
    }
}
