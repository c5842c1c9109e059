package vn.trienkhai.modules.culture.report;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.IndicatorModel.AchievementStatus;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.report.ReportSection.Table;
import vn.trienkhai.core.report.ReportSectionSource;
import vn.trienkhai.modules.culture.CultureModule;
import vn.trienkhai.modules.culture.indicator.CultureProgress;
import vn.trienkhai.modules.culture.indicator.CultureProgress.Line;
import vn.trienkhai.modules.culture.indicator.Percent;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The consolidated report's part on grassroots culture: the year's culture indicators of the unit's subtree against its
 * targets. The survey is yearly, so a half-year or a quarter reports its year's survey.
 */
@Singleton
final class CultureReportSection implements ReportSectionSource {

    private static final Set<AchievementStatus> MET = EnumSet.of(AchievementStatus.ACHIEVED, AchievementStatus.ON_TRACK);

    private final CultureProgress progress;
    private final Messages messages;

    CultureReportSection(CultureProgress progress, Messages messages) {
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public String moduleId() {
        return CultureModule.ID;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public List<ReportSection> sections(Actor actor, long unitId, Period period) {
        List<Line> lines = progress.lines(actor, unitId, period.year()).stream().filter(line -> line.value() != null).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = lines.stream().map(line -> List.of(line.name(), Percent.of(line.value()),
                line.target() == null ? "" : Percent.of(line.target()) + " (" + line.targetYear() + ")",
                line.status() == null ? "" : messages.get("indicator.achievement." + line.status().name()))).toList();
        long met = lines.stream().filter(line -> MET.contains(line.status())).count();
        long followed = lines.stream().filter(line -> line.status() != null).count();
        return List.of(ReportSection.of(messages.get("culture.report.heading"),
                new Paragraph(messages.get("culture.report.summary", String.valueOf(period.year()), met, followed)),
                new Table(List.of(messages.get("culture.report.indicator"), messages.get("culture.report.value"),
                        messages.get("culture.report.target"), messages.get("culture.report.status")), rows,
                        messages.get("culture.report.note"))));
    }
}
