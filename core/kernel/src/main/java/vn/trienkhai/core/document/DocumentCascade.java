package vn.trienkhai.core.document;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Cascade;
import vn.trienkhai.core.document.DocumentModel.CascadeNode;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Execution;
import vn.trienkhai.core.document.internal.DocumentParts.TaskRow;
import vn.trienkhai.core.document.internal.DocumentPartRepositories.RecipientRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.document.parsing.RecipientPurpose;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitNameMatcher;
import vn.trienkhai.core.unit.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cascade of a document: the chain of documents it implements, up to the central directive, and the tree
 * of plans that implement it; and who among those asked to carry it out has not issued their own plan yet.
 * Both walk the links one level per query, never one document per query.
 */
@Singleton
public class DocumentCascade {

    /** Deeper than any real cascade (centre → province → district → commune → cell); stops a cycle of bad links. */
    private static final int MAX_LEVELS = 12;

    private final DocumentAccess access;
    private final DocumentReader reader;
    private final RecipientRepository recipients;
    private final UnitService units;
    private final UnitNameMatcher matcher;
    private final Clock clock;

    DocumentCascade(DocumentAccess access, DocumentReader reader, RecipientRepository recipients, UnitService units,
                    UnitNameMatcher matcher, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.recipients = recipients;
        this.units = units;
        this.matcher = matcher;
        this.clock = clock;
    }

    @ReadOnly
    public Cascade cascade(Actor actor, long id) {
        Document document = DocumentReader.toDocument(access.readable(actor, id));
        List<Document> ancestors = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(id));
        List<Long> level = List.of(id);
        for (int depth = 0; depth < MAX_LEVELS && !level.isEmpty(); depth++) {
            List<Document> above = reader.implemented(level).values().stream().flatMap(List::stream)
                    .filter(parent -> seen.add(parent.id())).toList();
            ancestors.addAll(0, access.visibleOnly(actor, above));
            level = above.stream().map(Document::id).toList();
        }
        return new Cascade(ancestors, below(actor, document));
    }

    /**
     * The units under its issuer asked to carry the document out — recipients "for execution" and the units a
     * task tells to "build a plan" — each with the implementing plan it registered, or the days it is late.
     */
    @ReadOnly
    public List<Execution> execution(Actor actor, long id) {
        return execution(access.readable(actor, id), units.tree(actor, false));
    }

    /** {@link #execution(Actor, long)} of a document the caller checked the actor sees, within the actor's {@code tree}. */
    List<Execution> execution(DocumentRow document, List<Unit> tree) {
        long id = document.id();
        Map<Long, Unit> unitsById = new LinkedHashMap<>();
        tree.forEach(unit -> unitsById.put(unit.id(), unit));
        // a plan is carried out below its issuer: "Ban Tuyên giáo" in a district plan is the district's, not the province's
        Unit issuer = document.issuingUnitId() == null ? null : unitsById.get(document.issuingUnitId());
        List<Unit> below = issuer == null ? tree
                : tree.stream().filter(unit -> unit.id() != issuer.id() && unit.path().startsWith(issuer.path())).toList();
        Set<Long> expected = new HashSet<>();
        recipients.findByDocumentIdOrderByPosition(id).stream()
                .filter(recipient -> recipient.unitId() != null && RecipientPurpose.EXECUTE.name().equals(recipient.purpose()))
                .forEach(recipient -> expected.add(recipient.unitId()));
        List<TaskRow> planTasks = reader.tasks(id).stream()
                .filter(task -> TaskKind.OWN_PLAN.name().equals(task.kind())).toList();
        planTasks.forEach(task -> expected.addAll(planUnits(task, below)));
        expected.retainAll(below.stream().map(Unit::id).collect(Collectors.toSet()));
        LocalDate due = planTasks.stream().map(TaskRow::deadlineDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        List<Document> plans = reader.implementing(List.of(id)).getOrDefault(id, List.of());
        LocalDate today = LocalDate.now(clock);
        return expected.stream().map(unitsById::get)
                .sorted(Comparator.comparing(Unit::name, VietnameseText.order()))
                .map(unit -> {
                    Document plan = plans.stream().filter(candidate -> issuedWithin(candidate, unit, unitsById)).findFirst().orElse(null);
                    LocalDate finished = plan == null ? today : Objects.requireNonNullElse(plan.issuedOn(), today);
                    long late = due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, finished));
                    return new Execution(unit.id(), unit.name(), plan, due, late);
                }).toList();
    }

    /**
     * The plans implementing {@code root} that the actor sees, level by level: two queries per level of the cascade.
     * A plan the actor does not see is left out with the plans below it.
     */
    private CascadeNode below(Actor actor, Document root) {
        Map<Long, List<Document>> childrenOf = new HashMap<>();
        Set<Long> seen = new HashSet<>(Set.of(root.id()));
        List<Long> level = List.of(root.id());
        for (int depth = 0; depth < MAX_LEVELS && !level.isEmpty(); depth++) {
            List<Long> next = new ArrayList<>();
            Map<Long, List<Document>> implementing = reader.implementing(level);
            Set<Long> visible = access.sees(actor, implementing.values().stream().flatMap(List::stream).map(Document::id).toList());
            implementing.forEach((parent, children) -> {
                List<Document> fresh = children.stream()
                        .filter(child -> visible.contains(child.id()) && seen.add(child.id())).toList();
                childrenOf.put(parent, fresh);
                fresh.forEach(child -> next.add(child.id()));
            });
            level = next;
        }
        return node(root, childrenOf);
    }

    private static CascadeNode node(Document document, Map<Long, List<Document>> childrenOf) {
        return new CascadeNode(document, childrenOf.getOrDefault(document.id(), List.of()).stream()
                .map(child -> node(child, childrenOf)).toList());
    }

    /** The units a "build a plan" task names as its lead: the unit chosen at import, or the units its name stands for. */
    private Set<Long> planUnits(TaskRow task, List<Unit> tree) {
        if (task.leadUnitId() != null) {
            return Set.of(task.leadUnitId());
        }
        Set<Long> ids = new HashSet<>();
        if (task.leadUnitName() != null) {
            matcher.resolve(task.leadUnitName(), tree).forEach(unit -> ids.add(unit.id()));
        }
        return ids;
    }

    private static boolean issuedWithin(Document plan, Unit unit, Map<Long, Unit> unitsById) {
        Unit issuer = plan.issuingUnitId() == null ? null : unitsById.get(plan.issuingUnitId());
        return issuer != null && issuer.path().startsWith(unit.path());
    }
}
