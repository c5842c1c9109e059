package vn.trienkhai.modules.culture.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.unit.Unit;

import java.util.List;

/** What the yearly cultural survey records (seed 002, 102-KH/HU): villages, communes and their schools. */
public final class CultureModel {

    private CultureModel() {
    }

    /** One village's survey of one year; {@code houseStandard} implies {@code hasHouse}. */
    @Serdeable
    public record VillageSurvey(long id, long organisationId, long villageId, long communeId, int year, int households,
                                int culturalHouseholds, boolean culturalTitle, boolean hasHouse, boolean houseStandard,
                                boolean artTroupe, boolean loudspeakers, long version) {
    }

    /** What a commune reports about itself in a year, beside its villages. */
    @Serdeable
    public record CommuneSurvey(long id, long organisationId, long communeId, int year, boolean hasHouse, boolean houseStandard,
                                boolean radioStation, int heritageClubs, @Nullable String heritageArtForms, int agencies,
                                int culturalAgencies, boolean partyHistory, long version) {
    }

    /** A school of a commune and its club preserving the ethnic cultural identity, if it has one. */
    @Serdeable
    public record School(long id, long organisationId, long communeId, String name, @Nullable String clubName, boolean clubActive,
                         long version) {
    }

    /** The sums of a commune's (or a district's) village surveys of a year: the roll-up the commune screen shows. */
    @Serdeable
    public record VillageTotals(int villages, int surveyed, int households, int culturalHouseholds, int culturalVillages,
                                int houses, int standardHouses, int artTroupes, int loudspeakers) {

        static final VillageTotals NONE = new VillageTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);

        VillageTotals plus(VillageSurvey survey) {
            return new VillageTotals(villages, surveyed + 1, households + survey.households(),
                    culturalHouseholds + survey.culturalHouseholds(), culturalVillages + (survey.culturalTitle() ? 1 : 0),
                    houses + (survey.hasHouse() ? 1 : 0), standardHouses + (survey.houseStandard() ? 1 : 0),
                    artTroupes + (survey.artTroupe() ? 1 : 0), loudspeakers + (survey.loudspeakers() ? 1 : 0));
        }

        VillageTotals withVillages(int count) {
            return new VillageTotals(count, surveyed, households, culturalHouseholds, culturalVillages, houses, standardHouses,
                    artTroupes, loudspeakers);
        }
    }

    /** A village of the commune and its survey of the year, or null when it has not been entered. */
    public record VillageRow(Unit village, @Nullable VillageSurvey survey) {
    }

    /** The commune screen of one year: the commune's own survey (or null), its villages and their roll-up. */
    public record CommuneYear(Unit commune, int year, @Nullable CommuneSurvey survey, List<VillageRow> villages, VillageTotals totals) {
    }
}
