package vn.trienkhai.modules.ideology;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** The module's records as its services give them out; labels are the message keys {@code ideology.<enum>.<NAME>}. */
public final class IdeologyModel {

    private IdeologyModel() {
    }

    /** The mood a public-opinion report describes; a tense one is a hot spot unless the reporter says otherwise. */
    public enum Mood {
        POSITIVE, MIXED, NEGATIVE, TENSE;

        public String labelKey() {
            return "ideology.mood." + name();
        }
    }

    public enum OpinionStatus {
        OPEN, CLOSED;

        public String labelKey() {
            return "ideology.opinion-status." + name();
        }
    }

    /** A commune's radio station or a village's loudspeaker cluster. */
    public enum RadioKind {
        STATION, CLUSTER;

        public String labelKey() {
            return "ideology.radio-kind." + name();
        }
    }

    public enum RadioStatus {
        WORKING, BROKEN, NONE;

        public String labelKey() {
            return "ideology.radio-status." + name();
        }
    }

    @Serdeable
    public record OpinionReport(long id, long unitId, String unitName, LocalDate reportDate, String topic, String summary, Mood mood,
                                boolean hotSpot, @Nullable String recommendation, @Nullable String followUpOwner,
                                @Nullable String reporter, OpinionStatus status, @Nullable String followUpNote,
                                @Nullable LocalDate closedOn, long version) {

        public boolean isOpenHotSpot() {
            return hotSpot && status == OpinionStatus.OPEN;
        }
    }

    /**
     * A report to record or correct ({@code version} of the stored one when correcting).
     *
     * @param hotSpot null: decided by the mood (a tense report is a hot spot)
     */
    @Serdeable
    public record OpinionRequest(@Nullable Long unitId, @Nullable LocalDate reportDate, @Nullable String topic, @Nullable String summary,
                                 @Nullable Mood mood, @Nullable Boolean hotSpot, @Nullable String recommendation,
                                 @Nullable String followUpOwner, @Nullable String reporter, @Nullable Long version) {
    }

    /** Closing a report: what was done about it, and when. */
    @Serdeable
    public record CloseRequest(@Nullable String followUpNote, @Nullable LocalDate closedOn, @Nullable Long version) {
    }

    /** @param village the village of a loudspeaker cluster; empty for a commune's station */
    @Serdeable
    public record RadioPoint(long id, long communeId, String communeName, RadioKind kind, String village, RadioStatus status,
                             @Nullable LocalDate lastChecked, @Nullable String note, long version) {

        public boolean isWorking() {
            return status == RadioStatus.WORKING;
        }
    }

    @Serdeable
    public record RadioPointRequest(@Nullable Long communeId, @Nullable RadioKind kind, @Nullable String village,
                                    @Nullable RadioStatus status, @Nullable LocalDate lastChecked, @Nullable String note,
                                    @Nullable Long version) {
    }

    /** A check or repair of a radio point and the state it left it in. */
    @Serdeable
    public record Repair(long id, long pointId, LocalDate repairedOn, String description, RadioStatus statusAfter) {
    }

    @Serdeable
    public record RepairRequest(@Nullable LocalDate repairedOn, @Nullable String description, @Nullable RadioStatus statusAfter,
                                @Nullable Long version) {
    }

    /** Where false information was found. */
    public enum Platform {
        FACEBOOK, TIKTOK, YOUTUBE, ZALO, WEBSITE, OTHER;

        public String labelKey() {
            return "ideology.platform." + name();
        }
    }

    /** What was done about it; anything but pending names who did it and when. */
    public enum IncidentAction {
        PENDING, REPORTED, COUNTERED, REMOVED;

        public String labelKey() {
            return "ideology.incident-action." + name();
        }
    }

    /** @param reach an estimate of the people who saw it, if known */
    @Serdeable
    public record Incident(long id, long unitId, String unitName, LocalDate foundOn, Platform platform, String link, String topic,
                           @Nullable Integer reach, IncidentAction action, @Nullable String handledBy, @Nullable LocalDate handledOn,
                           long version) {
    }

    @Serdeable
    public record IncidentRequest(@Nullable Long unitId, @Nullable LocalDate foundOn, @Nullable Platform platform, @Nullable String link,
                                  @Nullable String topic, @Nullable Integer reach, @Nullable IncidentAction action,
                                  @Nullable String handledBy, @Nullable LocalDate handledOn, @Nullable Long version) {
    }

    /** What a member of the network is: báo cáo viên, tuyên truyền viên, cộng tác viên dư luận xã hội. */
    public enum RosterRole {
        REPORTER, PROPAGANDIST, COLLABORATOR;

        public String labelKey() {
            return "ideology.roster-role." + name();
        }
    }

    /** The level the member works at: the province's, the district's or the grassroots' network. */
    public enum RosterLevel {
        PROVINCE, DISTRICT, GRASSROOTS;

        public String labelKey() {
            return "ideology.roster-level." + name();
        }
    }

    /** @param trainings the trainings attended, one per line */
    @Serdeable
    public record RosterMember(long id, long unitId, String unitName, String fullName, RosterRole role, RosterLevel level, LocalDate since,
                               @Nullable String trainings, boolean active, long version) {
    }

    @Serdeable
    public record RosterMemberRequest(@Nullable Long unitId, @Nullable String fullName, @Nullable RosterRole role,
                                      @Nullable RosterLevel level, @Nullable LocalDate since, @Nullable String trainings,
                                      @Nullable Boolean active, @Nullable Long version) {
    }

    /** A briefing conference held by a unit, and the members of the roster who attended. */
    @Serdeable
    public record Briefing(long id, long unitId, String unitName, LocalDate heldOn, String topics, List<Long> attendeeIds, long version) {
    }

    @Serdeable
    public record BriefingRequest(@Nullable Long unitId, @Nullable LocalDate heldOn, @Nullable String topics,
                                  @Nullable List<Long> attendeeIds, @Nullable Long version) {
    }

    /** A unit's year of briefings: the months in which it held one, against the twelve a year asks. */
    @Serdeable
    public record BriefingYear(long unitId, String unitName, int year, int monthsHeld, int conferences) {

        public static final int PLANNED = 12;
    }

    /**
     * One line of a synthesis: what happened in a unit and below it during the period.
     *
     * @param openHotSpots the hot spots raised by the end of the period and not closed by then
     */
    @Serdeable
    public record SynthesisLine(long unitId, String unitName, int reports, int positive, int mixed, int negative, int tense,
                                int hotSpotsRaised, int hotSpotsClosed, int openHotSpots, int incidentsFound, int incidentsHandled) {
    }

    /** The monthly or quarterly synthesis of a unit: a line per unit directly below it, and its own total. */
    @Serdeable
    public record Synthesis(long unitId, String unitName, String period, LocalDate start, LocalDate end, List<SynthesisLine> lines,
                            SynthesisLine total, List<OpinionReport> hotSpotsRaised) {
    }
}
