package vn.trienkhai.modules.ideology.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.BriefingRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.IncidentRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.OpinionReportRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.RadioPointRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.RadioRepairRow;
import vn.trienkhai.modules.ideology.internal.IdeologyRows.RosterMemberRow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The repositories of {@link IdeologyRows}. */
public final class IdeologyRepositories {

    private IdeologyRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface OpinionReportRepository extends CrudRepository<OpinionReportRow, Long> {
        @Query("SELECT * FROM ideology_opinion_report WHERE organisation_id = :organisationId ORDER BY report_date DESC, id DESC")
        List<OpinionReportRow> latestFirst(long organisationId);

        List<OpinionReportRow> findByOrganisationIdAndHotSpotTrueAndStatusOrderByReportDate(long organisationId, String status);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface RadioPointRepository extends CrudRepository<RadioPointRow, Long> {
        List<RadioPointRow> findByOrganisationId(long organisationId);

        List<RadioPointRow> findByCommuneIdIn(Collection<Long> communeIds);

        Optional<RadioPointRow> findByCommuneIdAndKindAndVillage(long communeId, String kind, String village);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface RadioRepairRepository extends CrudRepository<RadioRepairRow, Long> {
        @Query("SELECT * FROM ideology_radio_repair WHERE point_id = :pointId ORDER BY repaired_on DESC, id DESC")
        List<RadioRepairRow> latestFirst(long pointId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface IncidentRepository extends CrudRepository<IncidentRow, Long> {
        @Query("SELECT * FROM ideology_incident WHERE organisation_id = :organisationId ORDER BY found_on DESC, id DESC")
        List<IncidentRow> latestFirst(long organisationId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface RosterMemberRepository extends CrudRepository<RosterMemberRow, Long> {
        @Query("SELECT * FROM ideology_roster_member WHERE organisation_id = :organisationId ORDER BY full_name, id")
        List<RosterMemberRow> byName(long organisationId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface BriefingRepository extends CrudRepository<BriefingRow, Long> {
        @Query("SELECT * FROM ideology_briefing WHERE organisation_id = :organisationId ORDER BY held_on DESC, id DESC")
        List<BriefingRow> latestFirst(long organisationId);
    }
}
