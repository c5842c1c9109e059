package vn.trienkhai.core.document;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Execution;
import vn.trienkhai.core.document.internal.DocumentRepository;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit's home page follows until tasks exist: the documents waiting for its own implementing plan, and
 * the plans of its subtree that the units asked to carry them out are late with. Both look at the newest
 * documents only, and reuse {@link DocumentCascade#execution}, so that the page and the document agree. The
 * candidates are visible to the actor by the rule of {@link DocumentAccess}: issued by its scope unit's ancestors or
 * within its subtree, or naming its home unit to carry them out; so the actor's tree is read once, not per document.
 */
@Singleton
public class PlanFollowUp {

    /** Enough for a card; the registry lists the rest. */
    static final int NEWEST = 20;

    private final DocumentRepository documents;
    private final DocumentCascade cascade;
    private final UnitService units;
    private final AccessPolicy policy;

    PlanFollowUp(DocumentRepository documents, DocumentCascade cascade, UnitService units, AccessPolicy policy) {
        this.documents = documents;
        this.cascade = cascade;
        this.units = units;
        this.policy = policy;
    }

    /** A document asking the unit for its plan, not issued yet; {@code daysOverdue} is 0 within the deadline. */
    public record AwaitedPlan(Document document, LocalDate due, long daysOverdue) {
    }

    /** A document of the subtree with the units asked to carry it out that have not issued their plan, of them late. */
    public record PlansMissing(Document document, int missing, int late) {
    }

    /** The documents asking the actor's home unit for a plan it has not issued, the most overdue first. */
    @ReadOnly
    public List<AwaitedPlan> awaitedFromHome(Actor actor) {
        policy.require(actor, Operation.DOCUMENT_READ);
        List<Unit> tree = units.tree(actor, false);
        List<Long> ancestors = UnitPath.ids(actor.scopePath()).stream().filter(id -> id != actor.homeUnitId()).toList();
        return documents.findAskingUnit(actor.organisationId(), actor.homeUnitId(), ancestors.isEmpty() ? List.of(0L) : ancestors, NEWEST)
                .stream()
                .flatMap(row -> cascade.execution(row, tree).stream()
                        .filter(execution -> execution.unitId() == actor.homeUnitId() && execution.plan() == null)
                        .map(execution -> new AwaitedPlan(DocumentReader.toDocument(row), execution.due(), execution.daysOverdue())))
                .sorted((left, right) -> Long.compare(right.daysOverdue(), left.daysOverdue()))
                .toList();
    }

    /** The newest documents issued in the actor's subtree that units asked to carry them out have no plan for. */
    @ReadOnly
    public List<PlansMissing> missingBelow(Actor actor) {
        policy.require(actor, Operation.DOCUMENT_READ);
        List<DocumentRow> issued = documents.findIssuedWithin(actor.organisationId(), UnitPath.subtreePattern(actor.scopePath()), NEWEST);
        List<Unit> tree = units.tree(actor, false);
        return issued.stream().map(row -> missing(row, tree)).filter(plans -> plans.missing() > 0).toList();
    }

    private PlansMissing missing(DocumentRow row, List<Unit> tree) {
        List<Execution> missing = cascade.execution(row, tree).stream().filter(execution -> execution.plan() == null).toList();
        return new PlansMissing(DocumentReader.toDocument(row), missing.size(),
                (int) missing.stream().filter(execution -> execution.daysOverdue() > 0).count());
    }
}
