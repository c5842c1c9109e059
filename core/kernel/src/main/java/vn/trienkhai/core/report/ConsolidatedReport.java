package vn.trienkhai.core.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The consolidated report of a unit for a year, a half-year or a quarter, as a .docx in the Party's format (DD005):
 * the sections of the core's sources and of the sources of the modules the organisation enabled, in their order,
 * framed by the letterhead, the title, the recipients and the signer ({@link ReportFrame}).
 */
@Singleton
public class ConsolidatedReport {

    public static final int FIGURES_ORDER = 100;
    public static final int TASKS_ORDER = 200;
    /** The period kinds a report is made for: the follow-up's; a month is a figure's period, not a review's. */
    public static final Set<PeriodKind> KINDS = Set.of(PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER);

    /** Characters no file system takes in a name ("Quý II/2026" has one). */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|]+");
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^a-z0-9]+");

    /** A report written: its bytes and the file name to offer, in Vietnamese and in plain ASCII for old clients. */
    public record ReportFile(String fileName, String asciiFileName, byte[] content) {
    }

    private final List<ReportSectionSource> sources;
    private final ReportFrame frame;
    private final PartyReportWriter writer;
    private final ModuleEnablement modules;
    private final UnitService units;
    private final AccessPolicy policy;
    private final Messages messages;
    private final Clock clock;

    ConsolidatedReport(List<ReportSectionSource> sources, ReportFrame frame, PartyReportWriter writer, ModuleEnablement modules,
                       UnitService units, AccessPolicy policy, Messages messages, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(ReportSectionSource::order)
                .thenComparing(source -> source.getClass().getName())).toList();
        this.frame = frame;
        this.writer = writer;
        this.modules = modules;
        this.units = units;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    /** The period named by its parts as a request gives them; refused field by field ("period", "year", "index"). */
    public Period period(@Nullable PeriodKind kind, int year, int index) {
        FieldErrors errors = new FieldErrors(messages);
        if (kind == null || !KINDS.contains(kind)) {
            errors.add("period", "report.period.kind");
        }
        if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            errors.add("year", "report.period.year", String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR));
        }
        if (kind != null && KINDS.contains(kind) && kind != PeriodKind.YEAR && (index < 1 || index > kind.perYear())) {
            errors.add("index", "report.period.index", kind.perYear());
        }
        errors.throwIfAny();
        return new Period(kind, year, kind == PeriodKind.YEAR ? 1 : index);
    }

    /**
     * The report as a model, for the writer or a look before writing; the unit must be in the actor's scope. Not one
     * transaction: the sources' services each open their own, and a refusal a service catches inside (as
     * {@code IndicatorTargets.targets} skips the targets outside the scope) must not mark a shared one for rollback.
     */
    public PartyReport build(Actor actor, long unitId, Period period) {
        policy.require(actor, Operation.FIGURE_READ);
        Unit unit = units.get(actor, unitId);
        if (!KINDS.contains(period.kind())) {
            throw new IllegalArgumentException("A consolidated report is for a year, a half-year or a quarter, not " + period);
        }
        Set<String> enabled = modules.enabledModules(actor.organisationId());
        List<ReportSection> sections = sources.stream()
                .filter(source -> source.moduleId() == null || enabled.contains(source.moduleId()))
                .flatMap(source -> source.sections(actor, unit.id(), period).stream()).toList();
        return frame.around(unit, period, LocalDate.now(clock), sections);
    }

    /** The .docx of {@link #build}, with its file name: "Báo cáo Huyện ủy Tam Đường 6 tháng đầu năm 2026.docx". */
    public ReportFile export(Actor actor, long unitId, Period period) {
        PartyReport report = build(actor, unitId, period);
        String name = UNSAFE.matcher(messages.get("report.file-name", units.get(actor, unitId).name(),
                ReportFrame.lowerFirst(period.label()))).replaceAll("-");
        String ascii = NOT_ASCII_WORD.matcher(VietnameseText.fold(name)).replaceAll("-").replaceAll("^-|-$", "");
        return new ReportFile(name + ".docx", ascii + ".docx", writer.write(report));
    }
}
