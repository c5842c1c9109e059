package vn.trienkhai.core.module.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A module switched on or off for one organisation; modules are stored by id, never by class. */
@MappedEntity("organisation_module")
public record OrganisationModuleRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String moduleId,
        boolean enabled,
        Instant changedAt) {

    public OrganisationModuleRow switched(boolean on, Instant at) {
        return new OrganisationModuleRow(id, organisationId, moduleId, on, at);
    }
}
