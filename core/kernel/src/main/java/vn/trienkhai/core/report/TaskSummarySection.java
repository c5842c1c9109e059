package vn.trienkhai.core.report;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ReportSection.Block;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.report.ReportSection.Table;
import vn.trienkhai.core.task.FollowUpDashboard;
import vn.trienkhai.core.task.FollowUpModel;
import vn.trienkhai.core.task.FollowUpModel.FollowUp;
import vn.trienkhai.core.task.FollowUpModel.StateCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitOverdue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The core's second section: the tasks due in the period, as the follow-up dashboard counts them (DD003) — done on
 * time, done late, open within the deadline, overdue, and the completion rate, for the whole and per unit below, then
 * the units with the most overdue parts.
 */
@Singleton
class TaskSummarySection implements ReportSectionSource {

    /** How many of the most overdue units the report names. */
    static final int MOST_OVERDUE = 5;

    private final FollowUpDashboard dashboard;
    private final Messages messages;

    TaskSummarySection(FollowUpDashboard dashboard, Messages messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @Override
    public String moduleId() {
        return null;
    }

    @Override
    public int order() {
        return ConsolidatedReport.TASKS_ORDER;
    }

    @Override
    public List<ReportSection> sections(Actor actor, long unitId, Period period) {
        FollowUpModel.PeriodKind kind = switch (period.kind()) {
            case YEAR -> FollowUpModel.PeriodKind.YEAR;
            case HALF_YEAR -> FollowUpModel.PeriodKind.HALF_YEAR;
            case QUARTER -> FollowUpModel.PeriodKind.QUARTER;
            case MONTH -> null;
        };
        if (kind == null) {
            return List.of();
        }
        FollowUp followUp = dashboard.get(actor, unitId, new FollowUpModel.Period(kind, period.year(), period.index()));
        String heading = messages.get("report.tasks.heading");
        String during = ReportFrame.lowerFirst(period.label());
        if (followUp.isEmpty()) {
            return List.of(ReportSection.of(heading, new Paragraph(messages.get("report.tasks.none", during))));
        }
        StateCounts total = followUp.total();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(messages.get("report.tasks.summary", during, total.total(), total.done(), total.completionPercent(),
                total.onTime(), total.late(), total.withinDeadline(), total.overdue())));
        blocks.add(perUnit(followUp));
        List<UnitOverdue> overdue = followUp.mostOverdue().stream().filter(unit -> unit.unitId() != unitId).limit(MOST_OVERDUE).toList();
        if (!overdue.isEmpty()) {
            blocks.add(new Paragraph(messages.get("report.tasks.most-overdue", overdue.stream()
                    .map(unit -> messages.get("report.tasks.most-overdue.unit", unit.unitName(), unit.overdue()))
                    .collect(Collectors.joining(", ")))));
        }
        return List.of(new ReportSection(heading, blocks));
    }

    /** A row per unit with tasks (the unit's own first, then each child's subtree), and the total. */
    private Table perUnit(FollowUp followUp) {
        List<String> header = List.of(messages.get("report.tasks.unit"), messages.get("report.tasks.on-time"),
                messages.get("report.tasks.late"), messages.get("report.tasks.within-deadline"), messages.get("report.tasks.overdue"),
                messages.get("report.tasks.rate"));
        List<List<String>> rows = new ArrayList<>();
        for (UnitCounts unit : followUp.units()) {
            if (unit.counts().total() > 0) {
                rows.add(row(unit.own() ? messages.get("report.tasks.own", unit.unitName()) : unit.unitName(), unit.counts()));
            }
        }
        rows.add(row(messages.get("report.tasks.total"), followUp.total()));
        return new Table(header, rows);
    }

    private static List<String> row(String name, StateCounts counts) {
        return List.of(name, String.valueOf(counts.onTime()), String.valueOf(counts.late()), String.valueOf(counts.withinDeadline()),
                String.valueOf(counts.overdue()), counts.completionPercent() + "%");
    }
}
