package vn.trienkhai.core.module;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
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
    private final Messages messages;
    private final Clock clock;

    ModuleEnablement(OrganisationModuleRepository rows, ModuleRegistry registry, Messages messages, Clock clock) {
        this.rows = rows;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    /** The ids of the installed modules the organisation enabled. */
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

    @Transactional
    public void setEnabled(long organisationId, String moduleId, boolean enabled) {
        if (!registry.isInstalled(moduleId)) {
            throw new NotFoundException("module.not-installed", messages.get("module.not-installed", moduleId));
        }
        Instant now = clock.instant();
        rows.findByOrganisationIdAndModuleId(organisationId, moduleId).ifPresentOrElse(
                row -> rows.update(row.switched(enabled, now)),
                () -> rows.save(new OrganisationModuleRow(null, organisationId, moduleId, enabled, now)));
    }
}
