package vn.trienkhai.modules.ideology.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.modules.ideology.Briefings;
import vn.trienkhai.modules.ideology.FalseInformation;
import vn.trienkhai.modules.ideology.GrassrootsRadio;
import vn.trienkhai.modules.ideology.IdeologyModel.Briefing;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingYear;
import vn.trienkhai.modules.ideology.IdeologyModel.CloseRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Incident;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPointRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Repair;
import vn.trienkhai.modules.ideology.IdeologyModel.RepairRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMember;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMemberRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Synthesis;
import vn.trienkhai.modules.ideology.OpinionReports;
import vn.trienkhai.modules.ideology.OpinionSynthesis;
import vn.trienkhai.modules.ideology.Roster;

import java.util.List;

/**
 * The module over HTTP, under its prefix: the core's gate answers 404 where the module is off, and every call goes
 * through the services, which check the actor's scope and rights.
 */
@Controller("/api/m/ideology")
class IdeologyController {

    private final OpinionReports reports;
    private final OpinionSynthesis synthesis;
    private final GrassrootsRadio radio;
    private final FalseInformation incidents;
    private final Roster roster;
    private final Briefings briefings;

    IdeologyController(OpinionReports reports, OpinionSynthesis synthesis, GrassrootsRadio radio, FalseInformation incidents, Roster roster,
                       Briefings briefings) {
        this.reports = reports;
        this.synthesis = synthesis;
        this.radio = radio;
        this.incidents = incidents;
        this.roster = roster;
        this.briefings = briefings;
    }

    @Get("/opinion-reports")
    List<OpinionReport> reports(Actor actor) {
        return reports.list(actor);
    }

    @Get("/opinion-reports/{id}")
    OpinionReport report(Actor actor, long id) {
        return reports.get(actor, id);
    }

    @Post("/opinion-reports")
    @Status(HttpStatus.CREATED)
    OpinionReport recordReport(Actor actor, @Body OpinionRequest request) {
        return reports.save(actor, null, request);
    }

    @Put("/opinion-reports/{id}")
    OpinionReport correctReport(Actor actor, long id, @Body OpinionRequest request) {
        return reports.save(actor, id, request);
    }

    @Post("/opinion-reports/{id}/close")
    OpinionReport closeReport(Actor actor, long id, @Body CloseRequest request) {
        return reports.close(actor, id, request);
    }

    /** The open hot spots, the oldest first. */
    @Get("/hot-spots")
    List<OpinionReport> hotSpots(Actor actor) {
        return reports.openHotSpots(actor);
    }

    /** The synthesis of a unit for a month or quarter, {@code period} a code such as 2026-M11 or 2026-Q3. */
    @Get("/units/{unitId}/synthesis")
    Synthesis synthesis(Actor actor, long unitId, @QueryValue String period) {
        return synthesis.of(actor, unitId, period);
    }

    @Get("/radio-points")
    List<RadioPoint> radioPoints(Actor actor) {
        return radio.list(actor);
    }

    @Post("/radio-points")
    @Status(HttpStatus.CREATED)
    RadioPoint registerRadioPoint(Actor actor, @Body RadioPointRequest request) {
        return radio.save(actor, null, request);
    }

    @Put("/radio-points/{id}")
    RadioPoint correctRadioPoint(Actor actor, long id, @Body RadioPointRequest request) {
        return radio.save(actor, id, request);
    }

    @Get("/radio-points/{id}/repairs")
    List<Repair> repairs(Actor actor, long id) {
        return radio.repairs(actor, id);
    }

    @Post("/radio-points/{id}/repairs")
    @Status(HttpStatus.CREATED)
    RadioPoint recordRepair(Actor actor, long id, @Body RepairRequest request) {
        return radio.recordRepair(actor, id, request);
    }

    @Get("/incidents")
    List<Incident> incidents(Actor actor) {
        return incidents.list(actor);
    }

    @Post("/incidents")
    @Status(HttpStatus.CREATED)
    Incident recordIncident(Actor actor, @Body IncidentRequest request) {
        return incidents.save(actor, null, request);
    }

    @Put("/incidents/{id}")
    Incident updateIncident(Actor actor, long id, @Body IncidentRequest request) {
        return incidents.save(actor, id, request);
    }

    @Get("/roster")
    List<RosterMember> roster(Actor actor) {
        return roster.list(actor);
    }

    @Post("/roster")
    @Status(HttpStatus.CREATED)
    RosterMember addMember(Actor actor, @Body RosterMemberRequest request) {
        return roster.save(actor, null, request);
    }

    @Put("/roster/{id}")
    RosterMember correctMember(Actor actor, long id, @Body RosterMemberRequest request) {
        return roster.save(actor, id, request);
    }

    @Get("/briefings")
    List<Briefing> briefings(Actor actor) {
        return briefings.list(actor);
    }

    /** Per unit, the months of {@code year} with a briefing conference against twelve. */
    @Get("/briefings/years/{year}")
    List<BriefingYear> briefingYear(Actor actor, int year) {
        return briefings.year(actor, year);
    }

    @Post("/briefings")
    @Status(HttpStatus.CREATED)
    Briefing recordBriefing(Actor actor, @Body BriefingRequest request) {
        return briefings.save(actor, null, request);
    }

    @Put("/briefings/{id}")
    Briefing correctBriefing(Actor actor, long id, @Body BriefingRequest request) {
        return briefings.save(actor, id, request);
    }
}
