package vn.trienkhai.core.module;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.module.internal.OrganisationModuleRepository;
import vn.trienkhai.core.module.internal.OrganisationModuleRow;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which installed modules each organisation has switched on. Installed is not enabled: a module's beans
 * and tables exist for everyone, but its screens, API and cards exist only for the organisations that
 * enabled it. {@link #requireEnabled} is the one check that the UI and the API gates both call.
 */
@Singleton
public class ModuleEnablement {

    private final OrganisationModuleRepository rows;
    private final ModuleRegistry registry;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;
    private final ApplicationEventPublisher<ModuleSwitched> switched;

    ModuleEnablement(OrganisationModuleRepository rows, ModuleRegistry registry, AccessPolicy policy, AuditTrail audit,
                     Messages messages, Clock clock, ApplicationEventPublisher<ModuleSwitched> switched) {
        this.rows = rows;
        this.registry = registry;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.switched = switched;
    }

    /** The ids of the installed modules the actor's organisation enabled. */
    @ReadOnly
    public Set<String> enabledModules(Actor actor) {
        policy.require(actor, Operation.MODULE_READ);
        return enabledModules(actor.organisationId());
    }

    /** The ids of the installed modules the organisation enabled (for the gates, which act before any actor is known). */
    @ReadOnly
    public Set<String> enabledModules(long organisationId) {
        return rows.findByOrganisationId(organisationId).stream()
                .filter(OrganisationModuleRow::enabled)
                .map(OrganisationModuleRow::moduleId)
                .filter(registry::isInstalled)
                .collect(Collectors.toUnmodifiableSet());
    }

    @ReadOnly
    public boolean isEnabled(long organisationId, String moduleId) {
        return registry.isInstalled(moduleId) && rows.findByOrganisationIdAndModuleId(organisationId, moduleId)
                .map(OrganisationModuleRow::enabled).orElse(false);
    }

    /** Refuses with "not found" — the module does not exist for this organisation. */
    public void requireEnabled(long organisationId, String moduleId) {
        if (!isEnabled(organisationId, moduleId)) {
            throw new NotFoundException("module.not-enabled", messages.get("module.not-enabled"));
        }
    }

    /** Switches the module on or off for the actor's organisation. */
    @Transactional
    public void setEnabled(Actor actor, String moduleId, boolean enabled) {
        policy.require(actor, Operation.MODULE_SWITCH);
        if (!registry.isInstalled(moduleId)) {
            throw new NotFoundException("module.not-installed", messages.get("module.not-installed", moduleId));
        }
        long organisationId = actor.organisationId();
        Instant now = clock.instant();
        OrganisationModuleRow before = rows.findByOrganisationIdAndModuleId(organisationId, moduleId).orElse(null);
        OrganisationModuleRow after = before == null
                ? rows.save(new OrganisationModuleRow(null, organisationId, moduleId, enabled, now))
                : rows.update(before.switched(enabled, now));
        if (before == null) {
            audit.created(actor, organisationId, "organisation_module", after.id(), moduleId, after);
        } else {
            audit.updated(actor, organisationId, "organisation_module", after.id(), moduleId, before, after);
        }
        switched.publishEvent(new ModuleSwitched(actor, organisationId, moduleId, enabled));
    }
}
