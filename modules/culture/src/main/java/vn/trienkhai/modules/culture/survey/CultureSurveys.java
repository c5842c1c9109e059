package vn.trienkhai.modules.culture.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneYear;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageRow;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageTotals;
import vn.trienkhai.modules.culture.survey.CultureRequests.CommuneSurveyRequest;
import vn.trienkhai.modules.culture.survey.CultureRequests.VillageSurveyRequest;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The yearly survey of villages and communes: reading a commune's year with its villages' roll-up, and filling it in. */
@Singleton
public class CultureSurveys {

    /** More households than any village or commune of the country has: a typing error, not a figure. */
    static final int MAX_COUNT = 100_000;
    private static final int MAX_TEXT = 500;
    /** Earlier than any survey this tool will hold: a typing error. */
    private static final int FIRST_YEAR = 2000;

    private final CultureStore store;
    private final CultureAccess access;
    private final UnitService units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<SurveyChanged> events;
    private final Messages messages;
    private final Clock clock;

    CultureSurveys(CultureStore store, CultureAccess access, UnitService units, AuditTrail audit,
                   ApplicationEventPublisher<SurveyChanged> events, Messages messages, Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The commune's survey of the year, its villages (active ones, surveyed or not) and their sums. */
    @ReadOnly
    public CommuneYear communeYear(Actor actor, long communeId, int year) {
        Unit commune = access.readableCommune(actor, communeId);
        Map<Long, VillageSurvey> surveys = store.villagesOfCommune(communeId, year).stream()
                .collect(Collectors.toMap(VillageSurvey::villageId, Function.identity()));
        List<VillageRow> villages = villagesOf(actor, commune).stream().map(village -> new VillageRow(village, surveys.get(village.id())))
                .toList();
        return new CommuneYear(commune, year, store.commune(communeId, year).orElse(null), villages, totals(villages));
    }

    /** The commune's own surveys, the latest year first: its page's history. */
    @ReadOnly
    public List<CommuneSurvey> communeHistory(Actor actor, long communeId) {
        access.readableCommune(actor, communeId);
        return store.communeHistory(communeId);
    }

    @Transactional
    public VillageSurvey saveVillage(Actor actor, VillageSurveyRequest request) {
        Unit village = access.editable(actor, request.villageId(), UnitKind.VILLAGE, "villageId");
        FieldErrors errors = new FieldErrors(messages);
        checkVillage(errors, "", request);
        errors.throwIfAny();
        VillageSurvey saved = write(actor, village, request);
        events.publishEvent(new SurveyChanged(village.organisationId(), request.year(), UnitKind.VILLAGE));
        return saved;
    }

    @Transactional
    public CommuneSurvey saveCommune(Actor actor, CommuneSurveyRequest request) {
        Unit commune = access.editable(actor, request.communeId(), UnitKind.COMMUNE, "communeId");
        FieldErrors errors = new FieldErrors(messages);
        checkCommune(errors, "", request);
        errors.throwIfAny();
        CommuneSurvey saved = write(actor, commune, request);
        events.publishEvent(new SurveyChanged(commune.organisationId(), request.year(), UnitKind.COMMUNE));
        return saved;
    }

    /**
     * Saves the commune screen of a year at once, the commune's own survey (if given) and its villages' rows, or nothing
     * when any of them is wrong: the errors name {@code commune.<field>} and {@code villages[i].<field>}.
     */
    @Transactional
    public CommuneYear saveYear(Actor actor, long communeId, int year, @Nullable CommuneSurveyRequest commune,
                                List<VillageSurveyRequest> villages) {
        Unit unit = access.editable(actor, communeId, UnitKind.COMMUNE, "communeId");
        FieldErrors errors = new FieldErrors(messages);
        checkYear(errors, "year", year);
        if (commune != null) {
            checkCommune(errors, "commune.", commune);
            if (commune.communeId() != communeId || commune.year() != year) {
                errors.add("commune.communeId", "culture.year.other-commune");
            }
        }
        List<Unit> rows = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            VillageSurveyRequest request = villages.get(i);
            String prefix = "villages[" + i + "].";
            Unit village = access.editable(actor, request.villageId(), UnitKind.VILLAGE, prefix + "villageId");
            if (village.parentId() == null || village.parentId() != communeId || request.year() != year) {
                errors.add(prefix + "villageId", "culture.year.other-commune");
            }
            checkVillage(errors, prefix, request);
            rows.add(village);
        }
        errors.throwIfAny();
        if (commune != null) {
            write(actor, unit, commune);
            events.publishEvent(new SurveyChanged(unit.organisationId(), year, UnitKind.COMMUNE));
        }
        for (int i = 0; i < villages.size(); i++) {
            write(actor, rows.get(i), villages.get(i));
        }
        if (!villages.isEmpty()) {
            events.publishEvent(new SurveyChanged(unit.organisationId(), year, UnitKind.VILLAGE));
        }
        return communeYear(actor, communeId, year);
    }

    private void checkVillage(FieldErrors errors, String prefix, VillageSurveyRequest request) {
        checkYear(errors, prefix + "year", request.year());
        int households = count(errors, prefix + "households", request.households(), true);
        int cultural = count(errors, prefix + "culturalHouseholds", request.culturalHouseholds(), true);
        if (cultural > households) {
            errors.add(prefix + "culturalHouseholds", "culture.village.cultural-households.too-many", households);
        }
        checkHouse(errors, prefix, request.hasHouse(), request.houseStandard());
    }

    private void checkCommune(FieldErrors errors, String prefix, CommuneSurveyRequest request) {
        checkYear(errors, prefix + "year", request.year());
        checkHouse(errors, prefix, request.hasHouse(), request.houseStandard());
        int clubs = count(errors, prefix + "heritageClubs", request.heritageClubs(), false);
        String artForms = errors.checkText(prefix + "heritageArtForms", request.heritageArtForms(), MAX_TEXT, null);
        if (clubs > 0 && artForms == null) {
            errors.add(prefix + "heritageArtForms", "culture.commune.art-forms.required");
        }
        int agencies = count(errors, prefix + "agencies", request.agencies(), false);
        int culturalAgencies = count(errors, prefix + "culturalAgencies", request.culturalAgencies(), false);
        if (culturalAgencies > agencies) {
            errors.add(prefix + "culturalAgencies", "culture.commune.cultural-agencies.too-many", agencies);
        }
    }

    /** Inserts or updates the village's survey of the request's year, which has been checked. */
    private VillageSurvey write(Actor actor, Unit village, VillageSurveyRequest request) {
        Optional<VillageSurvey> before = store.village(village.id(), request.year());
        VillageSurvey changed = new VillageSurvey(before.map(VillageSurvey::id).orElse(0L), village.organisationId(), village.id(),
                village.parentId(), request.year(), request.households(), request.culturalHouseholds(), request.culturalTitle(),
                request.hasHouse(), request.houseStandard(), request.artTroupe(), request.loudspeakers(),
                before.map(VillageSurvey::version).orElse(0L));
        String summary = village.name() + " " + request.year();
        if (before.isEmpty()) {
            VillageSurvey saved = store.insert(changed, clock.instant());
            audit.created(actor, village.organisationId(), "culture_village_survey", saved.id(), summary, saved);
            return saved;
        }
        requireVersion(request.version(), before.get().version());
        if (!store.update(changed, clock.instant())) {
            throw changedMeanwhile();
        }
        VillageSurvey saved = store.village(village.id(), request.year()).orElseThrow();
        audit.updated(actor, village.organisationId(), "culture_village_survey", saved.id(), summary, before.get(), saved);
        return saved;
    }

    private CommuneSurvey write(Actor actor, Unit commune, CommuneSurveyRequest request) {
        Optional<CommuneSurvey> before = store.commune(commune.id(), request.year());
        CommuneSurvey changed = new CommuneSurvey(before.map(CommuneSurvey::id).orElse(0L), commune.organisationId(), commune.id(),
                request.year(), request.hasHouse(), request.houseStandard(), request.radioStation(), orZero(request.heritageClubs()),
                cleaned(request.heritageArtForms()), orZero(request.agencies()), orZero(request.culturalAgencies()),
                request.partyHistory(), before.map(CommuneSurvey::version).orElse(0L));
        String summary = commune.name() + " " + request.year();
        if (before.isEmpty()) {
            CommuneSurvey saved = store.insert(changed, clock.instant());
            audit.created(actor, commune.organisationId(), "culture_commune_survey", saved.id(), summary, saved);
            return saved;
        }
        requireVersion(request.version(), before.get().version());
        if (!store.update(changed, clock.instant())) {
            throw changedMeanwhile();
        }
        CommuneSurvey saved = store.commune(commune.id(), request.year()).orElseThrow();
        audit.updated(actor, commune.organisationId(), "culture_commune_survey", saved.id(), summary, before.get(), saved);
        return saved;
    }

    /** The text as {@link FieldErrors#checkText} accepted it: in NFC, stripped, null when empty. */
    private static String cleaned(String value) {
        String text = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return text.isEmpty() ? null : text;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The active villages of the commune, in the tree's order. */
    private List<Unit> villagesOf(Actor actor, Unit commune) {
        return units.subtree(actor, commune.id()).stream()
                .filter(unit -> unit.kind() == UnitKind.VILLAGE && commune.id() == unit.parentId()).toList();
    }

    private static VillageTotals totals(List<VillageRow> villages) {
        VillageTotals totals = VillageTotals.NONE.withVillages(villages.size());
        for (VillageRow row : villages) {
            if (row.survey() != null) {
                totals = totals.plus(row.survey());
            }
        }
        return totals;
    }

    private static void checkYear(FieldErrors errors, String field, int year) {
        if (year < FIRST_YEAR || year > Period.LAST_YEAR) {
            errors.add(field, "culture.year.out-of-range", String.valueOf(FIRST_YEAR), String.valueOf(Period.LAST_YEAR));
        }
    }

    /** The rule the issue states: a cultural house that meets the standard must exist. */
    private static void checkHouse(FieldErrors errors, String prefix, boolean hasHouse, boolean standard) {
        if (standard && !hasHouse) {
            errors.add(prefix + "houseStandard", "culture.house.standard-without-house");
        }
    }

    /** A whole count from 0 to {@link #MAX_COUNT}; a missing one is an error when required, else 0. */
    private static int count(FieldErrors errors, String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(field, "culture.count.required");
            }
            return 0;
        }
        if (value < 0 || value > MAX_COUNT) {
            errors.add(field, "culture.count.out-of-range", MAX_COUNT);
            return 0;
        }
        return value;
    }

    private void requireVersion(Long sent, long stored) {
        if (sent == null || sent != stored) {
            throw changedMeanwhile();
        }
    }

    private ConflictException changedMeanwhile() {
        return new ConflictException("culture.survey.changed-by-someone-else", messages.get("culture.survey.changed-by-someone-else"));
    }
}
