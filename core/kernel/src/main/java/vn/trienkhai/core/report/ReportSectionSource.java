package vn.trienkhai.core.report;

import io.micronaut.core.annotation.Nullable;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.Period;

import java.util.List;

/**
 * What contributes sections to the consolidated report of a unit and a period ({@link ConsolidatedReport}). The core
 * has its own (the figures, the tasks); a module declares a {@code @Singleton} implementing this, and its sections
 * appear only in the reports of organisations that enabled it. Example, in the press module:
 * <pre>{@code
 * @Singleton
 * final class PressReportSection implements ReportSectionSource {
 *     public String moduleId() { return "press"; }
 *     public int order() { return 500; }
 *     public List<ReportSection> sections(Actor actor, long unitId, Period period) {
 *         Subscriptions.Total total = subscriptions.total(actor, unitId, period.year());
 *         return List.of(ReportSection.of("CÔNG TÁC BÁO CHÍ", new ReportSection.Paragraph(
 *                 "Năm " + period.year() + ", các tổ chức đảng đặt " + total.copies() + " tờ báo, tạp chí của Đảng.")));
 *     }
 * }
 * }</pre>
 * The service has already checked that the actor may read the figures and that the unit is in its scope; a source
 * still reads through its own services with the actor, and returns no section when it has nothing to say.
 */
public interface ReportSectionSource {

    /** The module the source belongs to; null for the core's own sources, which every report has. */
    @Nullable String moduleId();

    /**
     * Where its sections go, lowest first: the core's figures are {@value ConsolidatedReport#FIGURES_ORDER}, its
     * tasks {@value ConsolidatedReport#TASKS_ORDER}; modules take 300 and above.
     */
    int order();

    /** The sections for the unit's subtree and the period (a year, a half-year or a quarter); may be empty. */
    List<ReportSection> sections(Actor actor, long unitId, Period period);
}
