package vn.trienkhai.core.account.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** {@code roles} and {@code permissions} are comma-separated; an account has a handful of each. */
@MappedEntity("account")
public record AccountRow(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long organisationId,
        @Nullable Long homeUnitId,
        String login,
        String displayName,
        String passwordHash,
        boolean enabled,
        String roles,
        String permissions,
        Instant createdAt,
        @Version @Nullable Long version) {
}
