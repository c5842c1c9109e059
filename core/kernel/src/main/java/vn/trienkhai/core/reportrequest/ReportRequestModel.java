package vn.trienkhai.core.reportrequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.unit.UnitKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What report requests, submissions and their completeness are made of (DD006). */
public final class ReportRequestModel {

    private ReportRequestModel() {
    }

    /**
     * Where a unit's answer stands. PENDING: not sent yet; SUBMITTED: waiting for review; RETURNED: sent back with a
     * comment, to be sent again; APPROVED: accepted, its figures locked until an officer reopens it.
     */
    public enum SubmissionStatus {
        PENDING, SUBMITTED, RETURNED, APPROVED;

        public boolean isOpenToTheUnit() {
            return this == PENDING || this == RETURNED;
        }
    }

    /** Whether a unit reported by the due date, judged by its first submission: a return does not undo that it reported. */
    public enum Timeliness {
        ON_TIME, LATE, MISSING
    }

    /** A step in a submission's history. */
    public enum Step {
        SUBMITTED, APPROVED, RETURNED, REOPENED
    }

    @Serdeable
    public record Section(long id, int position, String title) {
    }

    /**
     * @param unitId    the requesting unit, whose subtree is asked
     * @param unitKinds the kinds of unit asked
     * @param dataSetId the data set whose figures each unit must have entered for the period, or null for narratives only
     */
    @Serdeable
    public record ReportRequest(long id, long unitId, String unitName, String title, Period period, @Nullable Long dataSetId,
                                Set<UnitKind> unitKinds, List<Section> sections, LocalDate dueOn, String createdBy, Instant createdAt,
                                long version) {
    }

    @Serdeable
    public record Submission(long id, long requestId, long unitId, String unitName, SubmissionStatus status, Timeliness timeliness,
                             @Nullable Instant firstSubmittedAt, @Nullable Instant submittedAt, @Nullable String submittedBy, long version) {
    }

    /** A submission in the unit's own list, with what was asked. */
    @Serdeable
    public record Awaited(Submission submission, String requestTitle, Period period, LocalDate dueOn, boolean overdue) {
    }

    @Serdeable
    public record Narrative(long sectionId, String title, @Nullable String body) {
    }

    @Serdeable
    public record Event(Step step, @Nullable String comment, String login, Instant at) {
    }

    /**
     * A submission with everything its page shows.
     *
     * @param missingFigures the data set's indicators (code and name) the unit has no figure of for the period yet
     */
    @Serdeable
    public record SubmissionDetail(ReportRequest request, Submission submission, List<Narrative> narratives, List<Event> history,
                                   List<String> missingFigures) {
    }

    /** The units asked and how they answered. */
    @Serdeable
    public record Counts(long expected, long onTime, long late, long missing) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts add(Timeliness timeliness) {
            return new Counts(expected + 1, onTime + (timeliness == Timeliness.ON_TIME ? 1 : 0),
                    late + (timeliness == Timeliness.LATE ? 1 : 0), missing + (timeliness == Timeliness.MISSING ? 1 : 0));
        }

        Counts plus(Counts other) {
            return new Counts(expected + other.expected, onTime + other.onTime, late + other.late, missing + other.missing);
        }

        /** The share of units that reported, on time or late, in percent with one decimal; null when nobody was asked. */
        public @Nullable BigDecimal rate() {
            return expected == 0 ? null
                    : BigDecimal.valueOf(100L * (onTime + late)).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
        }
    }

    /** A request in a list, with its counts. */
    @Serdeable
    public record RequestSummary(ReportRequest request, Counts counts) {
    }

    /**
     * One row of the drill-down: a child of the unit looked at, counting the units asked in its subtree.
     *
     * @param drillable whether the row has asked units below it, so that it can be opened in turn
     */
    @Serdeable
    public record SubUnitCounts(long unitId, String unitName, boolean drillable, Counts counts) {
    }

    /** The completeness of a request under one unit of its subtree: in total and per child of that unit. */
    @Serdeable
    public record Completeness(long requestId, long unitId, String unitName, Counts total, List<SubUnitCounts> bySubUnit) {
    }
}
