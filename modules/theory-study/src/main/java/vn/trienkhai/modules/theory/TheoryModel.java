package vn.trienkhai.modules.theory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The module's records as its services give them out; labels are the message keys {@code theory.<enum>.<NAME>}. */
public final class TheoryModel {

    private TheoryModel() {
    }

    public enum SessionFormat {
        IN_PERSON, ONLINE, COMBINED;

        public String labelKey() {
            return "theory.format." + name();
        }
    }

    /** Who was expected at a session of one audience category, and who came. */
    @Serdeable
    public record Attendance(int expected, int present) {

        public static final Attendance NONE = new Attendance(0, 0);

        public Attendance plus(Attendance other) {
            return new Attendance(expected + other.expected, present + other.present);
        }

        /** The share present, in percent with one decimal; null when nobody was expected. */
        @Nullable
        public BigDecimal share() {
            return expected == 0 ? null
                    : BigDecimal.valueOf(present * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
        }
    }

    /** A study session: the four audience categories the plans name, each with expected and present. */
    @Serdeable
    public record StudySession(long id, long unitId, String unitName, long documentId, String documentLabel, LocalDate heldOn,
                               SessionFormat format, Attendance leadingCadres, Attendance partyMembers, Attendance civilServants,
                               Attendance unionMembers, @Nullable String note, long version) {
    }

    /** A session to record or correct; a category left out was not invited. */
    @Serdeable
    public record SessionRequest(@Nullable Long unitId, @Nullable Long documentId, @Nullable LocalDate heldOn,
                                 @Nullable SessionFormat format, @Nullable Attendance leadingCadres, @Nullable Attendance partyMembers,
                                 @Nullable Attendance civilServants, @Nullable Attendance unionMembers, @Nullable String note,
                                 @Nullable Long version) {
    }

    /** One unit's study of a document: its sessions and the party members they reached. */
    @Serdeable
    public record UnitReach(long unitId, String unitName, int sessions, @Nullable LocalDate lastHeldOn, Attendance partyMembers) {

        public boolean held() {
            return sessions > 0;
        }
    }

    /**
     * A document's study down the cascade: the sessions held for it and for the plans implementing it, per organising
     * unit; the units expected to hold one that have not; and the total as a ratio of sums.
     */
    @Serdeable
    public record DocumentReach(long documentId, String documentLabel, List<UnitReach> units, List<UnitReach> withoutSession,
                                Attendance total) {
    }

    /** The courses of the political centre (sơ cấp, trung cấp, cao cấp lý luận chính trị, bồi dưỡng cập nhật kiến thức). */
    public enum CourseLevel {
        ELEMENTARY, INTERMEDIATE, ADVANCED, KNOWLEDGE_UPDATE;

        public String labelKey() {
            return "theory.level." + name();
        }
    }

    /** A unit's learners of a class; for a knowledge update, its leading cadres due and those updated. */
    @Serdeable
    public record Learners(long unitId, @Nullable String unitName, int enrolled, int graduated) {
    }

    @Serdeable
    public record TheoryClass(long id, long unitId, String unitName, CourseLevel level, String title, LocalDate startsOn, LocalDate endsOn,
                              List<Learners> learners, int enrolled, int graduated, long version) {
    }

    @Serdeable
    public record ClassRequest(@Nullable Long unitId, @Nullable CourseLevel level, @Nullable String title, @Nullable LocalDate startsOn,
                               @Nullable LocalDate endsOn, @Nullable List<Learners> learners, @Nullable Long version) {
    }

    /** The year's Ho Chi Minh topic. */
    @Serdeable
    public record Topic(long id, int year, String title, long version) {
    }

    @Serdeable
    public record TopicRequest(@Nullable Integer year, @Nullable String title, @Nullable Long version) {
    }

    /** A unit's collective "làm theo" plan and the members' commitments counted. */
    @Serdeable
    public record FollowPlan(long id, long unitId, String unitName, int year, LocalDate registeredOn, String summary, int commitments,
                             long version) {
    }

    @Serdeable
    public record FollowPlanRequest(@Nullable Long unitId, @Nullable Integer year, @Nullable LocalDate registeredOn, @Nullable String summary,
                                    @Nullable Integer commitments, @Nullable Long version) {
    }

    /** The year of the topic: the plans registered, and the units that owe one. */
    @Serdeable
    public record FollowYear(int year, @Nullable Topic topic, List<FollowPlan> plans, List<UnitRef> withoutPlan) {
    }

    @Serdeable
    public record UnitRef(long id, String name) {
    }

    /** Political-theory books a unit received and distributed in a year, and the reading events it held. */
    @Serdeable
    public record BookRecord(long id, long unitId, String unitName, int year, String title, int received, int distributed,
                             int readingEvents, long version) {
    }

    @Serdeable
    public record BookRequest(@Nullable Long unitId, @Nullable Integer year, @Nullable String title, @Nullable Integer received,
                              @Nullable Integer distributed, @Nullable Integer readingEvents, @Nullable Long version) {
    }
}
