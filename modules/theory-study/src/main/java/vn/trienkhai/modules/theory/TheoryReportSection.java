package vn.trienkhai.modules.theory;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.report.ReportSection.Block;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.report.ReportSection.Table;
import vn.trienkhai.core.report.ReportSectionSource;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.theory.TheoryModel.Attendance;
import vn.trienkhai.modules.theory.TheoryModel.FollowYear;
import vn.trienkhai.modules.theory.TheoryModel.StudySession;
import vn.trienkhai.modules.theory.TheoryModel.TheoryClass;
import vn.trienkhai.modules.theory.TheoryModel.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consolidated report's "Công tác học tập, quán triệt" (DD005): the sessions of the period per document with the
 * party members reached, the classes that ended and their graduates, and the party bodies without a "làm theo" plan
 * for the period's year.
 */
@Singleton
final class TheoryReportSection implements ReportSectionSource {

    private final StudySessions sessions;
    private final PoliticalClasses classes;
    private final FollowPlans plans;
    private final TheoryAccess access;
    private final Messages messages;

    TheoryReportSection(StudySessions sessions, PoliticalClasses classes, FollowPlans plans, TheoryAccess access, Messages messages) {
        this.sessions = sessions;
        this.classes = classes;
        this.plans = plans;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public String moduleId() {
        return TheoryModule.ID;
    }

    @Override
    public int order() {
        return 330;
    }

    @Override
    public List<ReportSection> sections(Actor actor, long unitId, Period period) {
        List<StudySession> held = sessions.ofUnit(actor, unitId).stream().filter(session -> within(session.heldOn(), period)).toList();
        Map<Long, Unit> visible = access.visibleUnits(actor);
        String path = visible.get(unitId).path();
        List<TheoryClass> ended = classes.list(actor).stream().filter(course -> within(course.endsOn(), period)).toList();
        FollowYear follow = plans.year(actor, period.year());
        List<UnitRef> without = follow.withoutPlan().stream().filter(unit -> visible.get(unit.id()).path().startsWith(path)).toList();
        if (held.isEmpty() && ended.isEmpty() && follow.plans().isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        Attendance members = held.stream().map(StudySession::partyMembers).reduce(Attendance.NONE, Attendance::plus);
        blocks.add(new Paragraph(messages.get("theory.section.sessions", period.label(), held.size(), members.present(), members.expected(),
                members.share() == null ? "–" : members.share().toPlainString().replace('.', ','))));
        if (!held.isEmpty()) {
            Map<String, Attendance> byDocument = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (StudySession session : held) {
                byDocument.merge(session.documentLabel(), session.partyMembers(), Attendance::plus);
                counts.merge(session.documentLabel(), 1, Integer::sum);
            }
            blocks.add(new Table(List.of(messages.get("theory.section.document"), messages.get("theory.section.count"),
                    messages.get("theory.section.members")), byDocument.entrySet().stream().map(entry -> List.of(entry.getKey(),
                    String.valueOf(counts.get(entry.getKey())), entry.getValue().present() + "/" + entry.getValue().expected())).toList()));
        }
        if (!ended.isEmpty()) {
            blocks.add(new Paragraph(messages.get("theory.section.classes", ended.size(), ended.stream().mapToInt(TheoryClass::enrolled).sum(),
                    ended.stream().mapToInt(TheoryClass::graduated).sum())));
        }
        blocks.add(new Paragraph(without.isEmpty() ? messages.get("theory.section.follow-all", String.valueOf(period.year()))
                : messages.get("theory.section.follow-missing", String.valueOf(period.year()), without.size(),
                        String.join(", ", without.stream().map(UnitRef::name).toList()))));
        return List.of(new ReportSection(messages.get("theory.section.heading"), blocks));
    }

    private static boolean within(LocalDate date, Period period) {
        return !date.isBefore(period.start()) && !date.isAfter(period.end());
    }
}
