package vn.trienkhai.modules.culture.survey;

import jakarta.inject.Singleton;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.School;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageSurvey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The module's tables, in the caller's transaction. Updates check the version they were read at and report whether
 * they matched, so that a concurrent change is refused rather than overwritten.
 */
@Singleton
class CultureStore {

    private static final String VILLAGE_COLUMNS = "id, organisation_id, village_id, commune_id, survey_year, households, "
            + "cultural_households, cultural_title, has_house, house_standard, art_troupe, loudspeakers, version";
    private static final String COMMUNE_COLUMNS = "id, organisation_id, commune_id, survey_year, has_house, house_standard, "
            + "radio_station, heritage_clubs, heritage_art_forms, agencies, cultural_agencies, party_history, version";
    private static final String SCHOOL_COLUMNS = "id, organisation_id, commune_id, name, club_name, club_active, version";

    private final Sql sql;

    CultureStore(Sql sql) {
        this.sql = sql;
    }

    Optional<VillageSurvey> village(long villageId, int year) {
        return sql.list("SELECT " + VILLAGE_COLUMNS + " FROM culture_village_survey WHERE village_id = ? AND survey_year = ?",
                List.of(villageId, year), CultureStore::village).stream().findFirst();
    }

    List<VillageSurvey> villagesOfCommune(long communeId, int year) {
        return sql.list("SELECT " + VILLAGE_COLUMNS + " FROM culture_village_survey WHERE commune_id = ? AND survey_year = ?",
                List.of(communeId, year), CultureStore::village);
    }

    List<VillageSurvey> villagesOfOrganisation(long organisationId, int year) {
        return sql.list("SELECT " + VILLAGE_COLUMNS + " FROM culture_village_survey WHERE organisation_id = ? AND survey_year = ?",
                List.of(organisationId, year), CultureStore::village);
    }

    VillageSurvey insert(VillageSurvey s, Instant now) {
        long id = sql.insert("INSERT INTO culture_village_survey (organisation_id, village_id, commune_id, survey_year, households, "
                        + "cultural_households, cultural_title, has_house, house_standard, art_troupe, loudspeakers, version, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                List.of(s.organisationId(), s.villageId(), s.communeId(), s.year(), s.households(), s.culturalHouseholds(),
                        s.culturalTitle(), s.hasHouse(), s.houseStandard(), s.artTroupe(), s.loudspeakers(), now));
        return village(s.villageId(), s.year()).filter(saved -> saved.id() == id).orElseThrow();
    }

    boolean update(VillageSurvey s, Instant now) {
        return sql.update("UPDATE culture_village_survey SET households = ?, cultural_households = ?, cultural_title = ?, has_house = ?, "
                        + "house_standard = ?, art_troupe = ?, loudspeakers = ?, version = version + 1, updated_at = ? "
                        + "WHERE id = ? AND version = ?",
                List.of(s.households(), s.culturalHouseholds(), s.culturalTitle(), s.hasHouse(), s.houseStandard(), s.artTroupe(),
                        s.loudspeakers(), now, s.id(), s.version())) == 1;
    }

    Optional<CommuneSurvey> commune(long communeId, int year) {
        return sql.list("SELECT " + COMMUNE_COLUMNS + " FROM culture_commune_survey WHERE commune_id = ? AND survey_year = ?",
                List.of(communeId, year), CultureStore::commune).stream().findFirst();
    }

    List<CommuneSurvey> communeHistory(long communeId) {
        return sql.list("SELECT " + COMMUNE_COLUMNS + " FROM culture_commune_survey WHERE commune_id = ? ORDER BY survey_year DESC",
                List.of(communeId), CultureStore::commune);
    }

    List<CommuneSurvey> communesOfOrganisation(long organisationId, int year) {
        return sql.list("SELECT " + COMMUNE_COLUMNS + " FROM culture_commune_survey WHERE organisation_id = ? AND survey_year = ?",
                List.of(organisationId, year), CultureStore::commune);
    }

    CommuneSurvey insert(CommuneSurvey s, Instant now) {
        sql.insert("INSERT INTO culture_commune_survey (organisation_id, commune_id, survey_year, has_house, house_standard, radio_station, "
                        + "heritage_clubs, heritage_art_forms, agencies, cultural_agencies, party_history, version, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                Sql.parameters(s.organisationId(), s.communeId(), s.year(), s.hasHouse(), s.houseStandard(), s.radioStation(), s.heritageClubs(),
                        s.heritageArtForms(), s.agencies(), s.culturalAgencies(), s.partyHistory(), now));
        return commune(s.communeId(), s.year()).orElseThrow();
    }

    boolean update(CommuneSurvey s, Instant now) {
        return sql.update("UPDATE culture_commune_survey SET has_house = ?, house_standard = ?, radio_station = ?, heritage_clubs = ?, "
                        + "heritage_art_forms = ?, agencies = ?, cultural_agencies = ?, party_history = ?, version = version + 1, "
                        + "updated_at = ? WHERE id = ? AND version = ?",
                Sql.parameters(s.hasHouse(), s.houseStandard(), s.radioStation(), s.heritageClubs(), s.heritageArtForms(), s.agencies(),
                        s.culturalAgencies(), s.partyHistory(), now, s.id(), s.version())) == 1;
    }

    /** The years the organisation has any survey of, village or commune. */
    List<Integer> surveyedYears(long organisationId) {
        return sql.list("SELECT survey_year FROM culture_commune_survey WHERE organisation_id = ? UNION "
                + "SELECT survey_year FROM culture_village_survey WHERE organisation_id = ? ORDER BY 1", List.of(organisationId, organisationId),
                row -> row.getInt(1));
    }

    Optional<School> school(long id) {
        return sql.list("SELECT " + SCHOOL_COLUMNS + " FROM culture_school WHERE id = ?", List.of(id), CultureStore::school)
                .stream().findFirst();
    }

    List<School> schoolsOfOrganisation(long organisationId) {
        return sql.list("SELECT " + SCHOOL_COLUMNS + " FROM culture_school WHERE organisation_id = ? ORDER BY name",
                List.of(organisationId), CultureStore::school);
    }

    boolean schoolNameTaken(long communeId, String name, long exceptId) {
        return !sql.list("SELECT id FROM culture_school WHERE commune_id = ? AND name = ? AND id <> ?", List.of(communeId, name, exceptId),
                row -> row.getLong(1)).isEmpty();
    }

    School insert(School s, Instant now) {
        long id = sql.insert("INSERT INTO culture_school (organisation_id, commune_id, name, club_name, club_active, version, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, 0, ?)", Sql.parameters(s.organisationId(), s.communeId(), s.name(), s.clubName(), s.clubActive(), now));
        return school(id).orElseThrow();
    }

    boolean update(School s, Instant now) {
        return sql.update("UPDATE culture_school SET commune_id = ?, name = ?, club_name = ?, club_active = ?, version = version + 1, "
                        + "updated_at = ? WHERE id = ? AND version = ?",
                Sql.parameters(s.communeId(), s.name(), s.clubName(), s.clubActive(), now, s.id(), s.version())) == 1;
    }

    private static VillageSurvey village(ResultSet row) throws SQLException {
        return new VillageSurvey(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getInt(5), row.getInt(6),
                row.getInt(7), row.getBoolean(8), row.getBoolean(9), row.getBoolean(10), row.getBoolean(11), row.getBoolean(12),
                row.getLong(13));
    }

    private static CommuneSurvey commune(ResultSet row) throws SQLException {
        return new CommuneSurvey(row.getLong(1), row.getLong(2), row.getLong(3), row.getInt(4), row.getBoolean(5), row.getBoolean(6),
                row.getBoolean(7), row.getInt(8), row.getString(9), row.getInt(10), row.getInt(11), row.getBoolean(12), row.getLong(13));
    }

    private static School school(ResultSet row) throws SQLException {
        return new School(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4), row.getString(5), row.getBoolean(6),
                row.getLong(7));
    }
}
