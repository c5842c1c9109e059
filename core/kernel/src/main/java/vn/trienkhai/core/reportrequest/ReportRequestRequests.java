package vn.trienkhai.core.reportrequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.unit.UnitKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What callers send to issue, answer and review report requests; every field may be missing and is checked. */
public final class ReportRequestRequests {

    private ReportRequestRequests() {
    }

    /** A new request: the requesting unit's subtree, of {@code unitKinds}, is asked for {@code period} by {@code dueOn}. */
    @Serdeable
    public record IssueRequest(@Nullable String title, @Nullable Long unitId, @Nullable Period period, @Nullable Long dataSetId,
                               @Nullable Set<UnitKind> unitKinds, @Nullable List<String> sections, @Nullable LocalDate dueOn) {
    }

    @Serdeable
    public record NarrativeInput(@Nullable Long sectionId, @Nullable String body) {
    }

    /** A unit's answer: one text per section of the request, on the version of the submission it was written on. */
    @Serdeable
    public record SubmitRequest(@Nullable List<NarrativeInput> narratives, @Nullable Long version) {
    }

    /** A submission a reviewer acts on, as the reviewer saw it. */
    @Serdeable
    public record SubmissionRef(@Nullable Long id, @Nullable Long version) {
    }
}
