package vn.trienkhai.modules.culture.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the survey forms send; a change carries the version it was made on, a first entry none. */
public final class CultureRequests {

    private CultureRequests() {
    }

    @Serdeable
    public record VillageSurveyRequest(long villageId, int year, @Nullable Integer households, @Nullable Integer culturalHouseholds,
                                       boolean culturalTitle, boolean hasHouse, boolean houseStandard, boolean artTroupe,
                                       boolean loudspeakers, @Nullable Long version) {
    }

    @Serdeable
    public record CommuneSurveyRequest(long communeId, int year, boolean hasHouse, boolean houseStandard, boolean radioStation,
                                       @Nullable Integer heritageClubs, @Nullable String heritageArtForms, @Nullable Integer agencies,
                                       @Nullable Integer culturalAgencies, boolean partyHistory, @Nullable Long version) {
    }

    @Serdeable
    public record SchoolRequest(long communeId, @Nullable String name, @Nullable String clubName, boolean clubActive,
                                @Nullable Long version) {
    }
}
