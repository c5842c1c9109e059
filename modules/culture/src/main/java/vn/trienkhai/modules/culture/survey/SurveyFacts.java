package vn.trienkhai.modules.culture.survey;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.School;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageSurvey;

import java.util.List;

/**
 * An organisation's survey records of a year, without an actor: what the indicators are computed from, since the core
 * asks a module for an organisation's figures and refreshes them itself under its own authorisation (DD004). People
 * read the surveys through {@link CultureSurveys}, which checks who asks.
 */
@Singleton
public class SurveyFacts {

    private final CultureStore store;

    SurveyFacts(CultureStore store) {
        this.store = store;
    }

    @ReadOnly
    public List<VillageSurvey> villages(long organisationId, int year) {
        return store.villagesOfOrganisation(organisationId, year);
    }

    @ReadOnly
    public List<CommuneSurvey> communes(long organisationId, int year) {
        return store.communesOfOrganisation(organisationId, year);
    }

    @ReadOnly
    public List<School> schools(long organisationId) {
        return store.schoolsOfOrganisation(organisationId);
    }
}
