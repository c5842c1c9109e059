package vn.trienkhai.core.organisation.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

@MappedEntity("organisation")
public record OrganisationRow(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        @Nullable Long rootUnitId,
        @Version @Nullable Long version) {

    public OrganisationRow withRootUnit(long unitId) {
        return new OrganisationRow(id, code, name, unitId, version);
    }
}
