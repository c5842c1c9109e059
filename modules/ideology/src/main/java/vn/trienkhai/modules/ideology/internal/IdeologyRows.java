package vn.trienkhai.modules.ideology.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import vn.trienkhai.core.record.OwnedRow;

import java.time.LocalDate;

/** The rows of the module's tables, one type per table; enums are stored by name. */
public final class IdeologyRows {

    private IdeologyRows() {
    }

    @MappedEntity("ideology_opinion_report")
    public record OpinionReportRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, LocalDate reportDate,
                                   String topic, String summary, String mood, boolean hotSpot, @Nullable String recommendation,
                                   @Nullable String followUpOwner, @Nullable String reporter, String status,
                                   @Nullable String followUpNote, @Nullable LocalDate closedOn, @Version @Nullable Long version)
            implements OwnedRow {
    }

    @MappedEntity("ideology_radio_point")
    public record RadioPointRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long communeId, String kind, String village,
                                String status, @Nullable LocalDate lastChecked, @Nullable String note, @Version @Nullable Long version)
            implements OwnedRow {
    }

    @MappedEntity("ideology_radio_repair")
    public record RadioRepairRow(@Id @GeneratedValue @Nullable Long id, long pointId, LocalDate repairedOn, String description,
                                 String statusAfter) {
    }

    @MappedEntity("ideology_incident")
    public record IncidentRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, LocalDate foundOn, String platform,
                              String link, String topic, @Nullable Integer reach, String action, @Nullable String handledBy,
                              @Nullable LocalDate handledOn, @Version @Nullable Long version) implements OwnedRow {
    }

    @MappedEntity("ideology_roster_member")
    public record RosterMemberRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, String fullName, String role,
                                  String level, LocalDate since, @Nullable String trainings, boolean active,
                                  @Version @Nullable Long version) implements OwnedRow {
    }

    /** A briefing conference; who attended is kept in {@code ideology_briefing_attendance}. */
    @MappedEntity("ideology_briefing")
    public record BriefingRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, LocalDate heldOn, String topics,
                              @Version @Nullable Long version) implements OwnedRow {
    }
}
