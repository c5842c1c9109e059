package vn.trienkhai.core.reportrequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Completeness;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Counts;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubUnitCounts;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Submission;
import vn.trienkhai.core.reportrequest.ReportRequestModel.SubmissionStatus;
import vn.trienkhai.core.reportrequest.ReportRequestModel.Timeliness;
import vn.trienkhai.core.reportrequest.internal.ReportRows.RequestRow;
import vn.trienkhai.core.reportrequest.internal.SubmissionLines;
import vn.trienkhai.core.reportrequest.internal.SubmissionLines.Line;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has reported (DD006): per request, the units asked counted as on time, late or missing, in total and per child of
 * any unit of the request's subtree the actor may see, down to the units themselves; and the units behind each count.
 * An officer of a district sees the part of a provincial request that falls in the district.
 */
@Singleton
public class ReportCompleteness {

    private final ReportRequestStore store;
    private final SubmissionLines lines;
    private final UnitService units;
    private final AccessPolicy policy;

    ReportCompleteness(ReportRequestStore store, SubmissionLines lines, UnitService units, AccessPolicy policy) {
        this.store = store;
        this.lines = lines;
        this.units = units;
        this.policy = policy;
    }

    /**
     * The completeness under {@code unitId} (by default the requesting unit, or the actor's scope unit when the actor
     * answers rather than issues): its total and one row per child that has units asked in its subtree.
     */
    @ReadOnly
    public Completeness get(Actor actor, long requestId, @Nullable Long unitId) {
        policy.require(actor, Operation.FIGURE_READ);
        RequestRow request = store.visible(actor, requestId);
        Unit under = under(actor, request, unitId);
        List<Line> below = visibleBelow(actor, request, under);
        Map<Long, Counts> byChild = new LinkedHashMap<>();
        Map<Long, Boolean> drillable = new LinkedHashMap<>();
        Counts total = Counts.NONE;
        int childDepth = under.depth() + 1;
        for (Line line : below) {
            Timeliness timeliness = store.timeliness(line.firstSubmittedAt(), request.dueOn());
            total = total.add(timeliness);
            List<Long> path = UnitPath.ids(line.unitPath());
            long child = path.size() > childDepth ? path.get(childDepth) : line.unitId();
            byChild.merge(child, Counts.NONE.add(timeliness), Counts::plus);
            drillable.merge(child, path.size() > childDepth + 1, Boolean::logicalOr);
        }
        List<SubUnitCounts> rows = new ArrayList<>();
        byChild.forEach((child, counts) -> rows.add(new SubUnitCounts(child, units.get(actor, child).name(), drillable.get(child), counts)));
        return new Completeness(request.id(), under.id(), under.name(), total, rows);
    }

    /** The submissions under {@code unitId}, in the tree's order, of one timeliness and status when given. */
    @ReadOnly
    public Page<Submission> submissions(Actor actor, long requestId, @Nullable Long unitId, @Nullable Timeliness timeliness,
                                        @Nullable SubmissionStatus status, Pageable pageable) {
        policy.require(actor, Operation.FIGURE_READ);
        RequestRow request = store.visible(actor, requestId);
        Unit under = under(actor, request, unitId);
        List<Submission> matching = visibleBelow(actor, request, under).stream()
                .map(line -> new Submission(line.submissionId(), request.id(), line.unitId(), line.unitName(),
                        SubmissionStatus.valueOf(line.status()), store.timeliness(line.firstSubmittedAt(), request.dueOn()),
                        line.firstSubmittedAt(), line.submittedAt(), line.submittedBy(), line.version()))
                .filter(submission -> (timeliness == null || submission.timeliness() == timeliness)
                        && (status == null || submission.status() == status))
                .toList();
        int from = (int) Math.min(pageable.getOffset(), matching.size());
        int to = Math.min(from + pageable.getSize(), matching.size());
        return Page.of(matching.subList(from, to), pageable, (long) matching.size());
    }

    /** The counts of the whole request as far as the actor's scope reaches: the line of a request in a list. */
    Counts counts(Actor actor, RequestRow request) {
        long[] counted = lines.counts(request.id(), UnitPath.subtreePattern(actor.scopePath()), store.lateFrom(request.dueOn()));
        return new Counts(counted[0], counted[1], counted[2], counted[3]);
    }

    /** The submissions below the unit looked under that the actor may see (the unit is in the actor's scope). */
    private List<Line> visibleBelow(Actor actor, RequestRow request, Unit under) {
        return lines.of(request.id(), UnitPath.subtreePattern(under.path())).stream().filter(line -> actor.covers(line.unitPath())).toList();
    }

    /**
     * The unit looked under, in the actor's scope: by default the requesting unit for its side, the actor's scope unit
     * for the side that answers. A unit outside the request's subtree simply has nobody asked below it.
     */
    private Unit under(Actor actor, RequestRow request, @Nullable Long unitId) {
        if (unitId != null) {
            return units.get(actor, unitId);
        }
        return units.get(actor, store.issuedWithin(actor, request) ? request.unitId() : UnitPath.ids(actor.scopePath()).getLast());
    }
}
