package vn.trienkhai.modules.theory;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.theory.TheoryModel.ClassRequest;
import vn.trienkhai.modules.theory.TheoryModel.CourseLevel;
import vn.trienkhai.modules.theory.TheoryModel.Learners;
import vn.trienkhai.modules.theory.TheoryModel.TheoryClass;
import vn.trienkhai.modules.theory.internal.TheoryRepositories.ClassRepository;
import vn.trienkhai.modules.theory.internal.TheoryRows.ClassRow;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Political-theory classes (lớp sơ cấp, trung cấp, cao cấp lý luận chính trị, bồi dưỡng cập nhật kiến thức) run by a
 * unit, usually the political centre, with per unit who enrolled and who graduated. For a knowledge update, a unit's
 * enrolled are its leading cadres due and its graduated those updated: the core keeps no count of cadres.
 */
@Singleton
public class PoliticalClasses {

    static final String ENTITY = "theory_class";
    private static final int TITLE_MAX = 300;

    private final ClassRepository classes;
    private final Sql sql;
    private final ModuleRecords.Records records;
    private final TheoryAccess access;
    private final TheoryFigures figures;
    private final Messages messages;

    PoliticalClasses(ClassRepository classes, Sql sql, ModuleRecords records, TheoryAccess access, TheoryFigures figures, Messages messages) {
        this.classes = classes;
        this.sql = sql;
        this.records = records.of(TheoryModule.ID);
        this.access = access;
        this.figures = figures;
        this.messages = messages;
    }

    /** The classes run by units the actor sees, the latest first, with the learners of the units the actor sees. */
    @ReadOnly
    public List<TheoryClass> list(Actor actor) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        Map<Long, List<Learners>> learners = learners(actor.organisationId(), visible);
        return classes.latestFirst(actor.organisationId()).stream().filter(row -> visible.containsKey(row.unitId()))
                .map(row -> theoryClass(row, visible.get(row.unitId()), learners.getOrDefault(row.id(), List.of()))).toList();
    }

    /** Records a class ({@code id} null) or corrects one, its learners replaced by those given. */
    @Transactional
    public TheoryClass save(Actor actor, Long id, ClassRequest request) {
        ClassRow before = id == null ? null : records.find(actor, classes, id, ClassRow::unitId, "theory.class.not-found");
        FieldErrors errors = new FieldErrors(messages);
        Unit unit = records.requestedUnit(actor, errors, "unitId", request.unitId(), "theory.unit.required");
        access.requireRecord(actor);
        if (request.level() == null) {
            errors.add("level", "theory.class.level.required");
        }
        String title = errors.checkText("title", request.title(), TITLE_MAX, "theory.class.title.required");
        if (request.startsOn() == null) {
            errors.add("startsOn", "theory.class.starts-on.required");
        }
        errors.checkDate("startsOn", request.startsOn());
        if (request.endsOn() == null) {
            errors.add("endsOn", "theory.class.ends-on.required");
        } else if (request.startsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            errors.add("endsOn", "theory.class.ends-on.before-start");
        }
        errors.checkDate("endsOn", request.endsOn());
        List<Learners> learners = request.learners() == null ? List.of() : request.learners();
        checkLearners(actor, errors, learners);
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        ClassRow saved = records.write(actor, classes, ENTITY, before, new ClassRow(id, unit.organisationId(), unit.id(),
                request.level().name(), title, request.startsOn(), request.endsOn(), before == null ? null : request.version()),
                unit.name() + ": " + title);
        sql.update("DELETE FROM theory_class_learners WHERE class_id = ?", List.of(saved.id()));
        for (Learners line : learners) {
            sql.update("INSERT INTO theory_class_learners (class_id, unit_id, enrolled, graduated) VALUES (?, ?, ?, ?)",
                    List.of(saved.id(), line.unitId(), line.enrolled(), line.graduated()));
        }
        figures.changed(actor.organisationId(), saved.endsOn().getYear(), before == null ? null : before.endsOn().getYear());
        Map<Long, Unit> visible = access.visibleUnits(actor);
        return theoryClass(saved, unit, learners.stream().map(line -> named(line, visible)).toList());
    }

    /** Each unit once, in the actor's scope, graduated between none and enrolled. */
    private void checkLearners(Actor actor, FieldErrors errors, List<Learners> learners) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < learners.size(); i++) {
            Learners line = learners.get(i);
            String prefix = "learners[" + i + "].";
            records.unit(actor, line.unitId());
            if (!seen.add(line.unitId())) {
                errors.add(prefix + "unitId", "theory.class.learners.duplicate");
            }
            if (line.enrolled() < 0) {
                errors.add(prefix + "enrolled", "theory.count.negative");
            } else if (line.graduated() < 0 || line.graduated() > line.enrolled()) {
                errors.add(prefix + "graduated", "theory.class.graduated.range");
            }
        }
    }

    private Map<Long, List<Learners>> learners(long organisationId, Map<Long, Unit> visible) {
        List<long[]> rows = sql.list("""
                SELECT l.class_id, l.unit_id, l.enrolled, l.graduated FROM theory_class_learners l
                JOIN theory_class c ON c.id = l.class_id WHERE c.organisation_id = ? ORDER BY l.class_id""", List.of(organisationId),
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)});
        return rows.stream().filter(row -> visible.containsKey(row[1])).collect(Collectors.groupingBy(row -> row[0],
                Collectors.mapping(row -> new Learners(row[1], visible.get(row[1]).name(), (int) row[2], (int) row[3]), Collectors.toList())));
    }

    private static Learners named(Learners line, Map<Long, Unit> visible) {
        Unit unit = visible.get(line.unitId());
        return new Learners(line.unitId(), unit == null ? null : unit.name(), line.enrolled(), line.graduated());
    }

    private static TheoryClass theoryClass(ClassRow row, Unit unit, List<Learners> learners) {
        return new TheoryClass(row.id(), row.unitId(), unit.name(), CourseLevel.valueOf(row.level()), row.title(), row.startsOn(), row.endsOn(),
                learners, learners.stream().mapToInt(Learners::enrolled).sum(), learners.stream().mapToInt(Learners::graduated).sum(),
                row.version());
    }
}
