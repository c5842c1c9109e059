package vn.trienkhai.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A bearer token as its owner sees it; {@code secret} is present only in the answer that created it.
 */
@Serdeable
public record ApiToken(long id, String name, String kind, Instant createdAt, Instant expiresAt,
                       @Nullable Instant revokedAt, @Nullable String secret) {
}
