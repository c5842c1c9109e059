package vn.trienkhai.modules.culture.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.culture.survey.CultureModel.School;
import vn.trienkhai.modules.culture.survey.CultureRequests.SchoolRequest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The schools of the communes and their clubs preserving the ethnic cultural identity (seed 002: "100% trường phổ thông
 * thành lập, duy trì hoạt động các câu lạc bộ"). A school is not a unit of the tree: it is kept by the commune it is in.
 */
@Singleton
public class CultureSchools {

    private static final int MAX_NAME = 200;

    private final CultureStore store;
    private final CultureAccess access;
    private final AccessPolicy policy;
    private final UnitService units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<SurveyChanged> events;
    private final Messages messages;
    private final Clock clock;

    CultureSchools(CultureStore store, CultureAccess access, AccessPolicy policy, UnitService units, AuditTrail audit,
                   ApplicationEventPublisher<SurveyChanged> events, Messages messages, Clock clock) {
        this.store = store;
        this.access = access;
        this.policy = policy;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The schools of the communes in the actor's scope, by name. */
    @ReadOnly
    public List<School> list(Actor actor) {
        policy.require(actor, Operation.FIGURE_READ);
        return store.schoolsOfOrganisation(actor.organisationId()).stream()
                .filter(school -> units.find(actor, school.communeId()).isPresent()).toList();
    }

    /**
     * Adds a school ({@code id} null) or changes one. Schools are kept as they are now, so the school-clubs figures of
     * every surveyed year follow.
     */
    @Transactional
    public School save(Actor actor, Long id, SchoolRequest request) {
        School saved = write(actor, id, request);
        store.surveyedYears(saved.organisationId())
                .forEach(year -> events.publishEvent(new SurveyChanged(saved.organisationId(), year, UnitKind.COMMUNE)));
        return saved;
    }

    private School write(Actor actor, Long id, SchoolRequest request) {
        Optional<School> before = Optional.ofNullable(id).map(this::school);
        before.ifPresent(school -> access.editable(actor, school.communeId(), UnitKind.COMMUNE, "communeId"));
        Unit commune = access.editable(actor, request.communeId(), UnitKind.COMMUNE, "communeId");
        FieldErrors errors = new FieldErrors(messages);
        String name = errors.checkText("name", request.name(), MAX_NAME, "culture.school.name.required");
        String club = errors.checkText("clubName", request.clubName(), MAX_NAME, null);
        if (request.clubActive() && club == null) {
            errors.add("clubName", "culture.school.club.required");
        }
        if (name != null && store.schoolNameTaken(commune.id(), name, id == null ? 0 : id)) {
            errors.add("name", "culture.school.name.taken", name);
        }
        errors.throwIfAny();
        School changed = new School(id == null ? 0 : id, commune.organisationId(), commune.id(), name, club, request.clubActive(),
                before.map(School::version).orElse(0L));
        if (before.isEmpty()) {
            School saved = store.insert(changed, clock.instant());
            audit.created(actor, commune.organisationId(), "culture_school", saved.id(), name, saved);
            return saved;
        }
        if (request.version() == null || request.version() != before.get().version() || !store.update(changed, clock.instant())) {
            throw new ConflictException("culture.survey.changed-by-someone-else", messages.get("culture.survey.changed-by-someone-else"));
        }
        School saved = school(changed.id());
        audit.updated(actor, commune.organisationId(), "culture_school", saved.id(), name, before.get(), saved);
        return saved;
    }

    private School school(long id) {
        return store.school(id).orElseThrow(() -> new NotFoundException("culture.school.not-found",
                messages.get("culture.school.not-found", String.valueOf(id))));
    }
}
