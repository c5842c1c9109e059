package vn.trienkhai.core.account.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A bearer token; only the SHA-256 of the secret is stored, the secret is shown once when it is made. */
@MappedEntity("api_token")
public record ApiTokenRow(
        @Id @GeneratedValue @Nullable Long id,
        long accountId,
        String name,
        String kind,
        String tokenHash,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt) {

    public ApiTokenRow revoked(Instant at) {
        return new ApiTokenRow(id, accountId, name, kind, tokenHash, createdAt, expiresAt, at);
    }
}
