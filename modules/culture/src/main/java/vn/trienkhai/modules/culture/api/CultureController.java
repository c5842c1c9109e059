package vn.trienkhai.modules.culture.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneYear;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageTotals;
import vn.trienkhai.modules.culture.survey.CultureRequests.VillageSurveyRequest;
import vn.trienkhai.modules.culture.survey.CultureSurveys;

import java.util.List;

/** The survey over HTTP, under the module's prefix: the core's gate answers 404 where the module is off. */
@Controller("/api/m/culture")
class CultureController {

    private final CultureSurveys surveys;

    CultureController(CultureSurveys surveys) {
        this.surveys = surveys;
    }

    /** A commune's year: its own survey, its villages' and their sums. */
    @Serdeable
    record CommuneYearDto(long communeId, String communeName, int year, CommuneSurvey survey, List<VillageDto> villages,
                          VillageTotals totals) {
    }

    @Serdeable
    record VillageDto(long villageId, String name, VillageSurvey survey) {
    }

    @Get("/communes/{communeId}/surveys/{year}")
    CommuneYearDto communeYear(Actor actor, long communeId, int year) {
        CommuneYear found = surveys.communeYear(actor, communeId, year);
        return new CommuneYearDto(found.commune().id(), found.commune().name(), found.year(), found.survey(),
                found.villages().stream().map(row -> new VillageDto(row.village().id(), row.village().name(), row.survey())).toList(),
                found.totals());
    }

    @Put("/villages/surveys")
    VillageSurvey saveVillage(Actor actor, @Body VillageSurveyRequest request) {
        return surveys.saveVillage(actor, request);
    }
}
