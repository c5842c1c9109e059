package vn.trienkhai.modules.theory.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import vn.trienkhai.core.record.OwnedRow;

import java.time.LocalDate;

/** The rows of the module's tables, one type per table; enums are stored by name, a year as {@code for_year} (H2 reserves "year"). */
public final class TheoryRows {

    private TheoryRows() {
    }

    @MappedEntity("theory_session")
    public record SessionRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, long documentId, LocalDate heldOn,
                             String format, int leadingExpected, int leadingPresent, int membersExpected, int membersPresent,
                             int civilExpected, int civilPresent, int unionExpected, int unionPresent, @Nullable String note,
                             @Version @Nullable Long version) implements OwnedRow {
    }

    /** A class; its learners per unit are kept in {@code theory_class_learners}. */
    @MappedEntity("theory_class")
    public record ClassRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, String level, String title,
                           LocalDate startsOn, LocalDate endsOn, @Version @Nullable Long version) implements OwnedRow {
    }

    @MappedEntity("theory_topic")
    public record TopicRow(@Id @GeneratedValue @Nullable Long id, long organisationId, @MappedProperty("for_year") int year,
                           String title, @Version @Nullable Long version) implements OwnedRow {
    }

    @MappedEntity("theory_follow_plan")
    public record FollowPlanRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId,
                                @MappedProperty("for_year") int year, LocalDate registeredOn, String summary, int commitments,
                                @Version @Nullable Long version) implements OwnedRow {
    }

    @MappedEntity("theory_book")
    public record BookRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, @MappedProperty("for_year") int year,
                          String title, int received, int distributed, int readingEvents, @Version @Nullable Long version)
            implements OwnedRow {
    }
}
