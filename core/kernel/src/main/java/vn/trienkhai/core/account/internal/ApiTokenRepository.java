package vn.trienkhai.core.account.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApiTokenRepository extends CrudRepository<ApiTokenRow, Long> {

    Optional<ApiTokenRow> findByTokenHash(String tokenHash);

    List<ApiTokenRow> findByAccountIdAndKindOrderByCreatedAtDesc(long accountId, String kind);

    @Query("UPDATE api_token SET revoked_at = :at WHERE account_id = :accountId AND revoked_at IS NULL")
    void revokeAllOf(long accountId, Instant at);

    @Query("UPDATE api_token SET revoked_at = :at WHERE account_id = :accountId AND revoked_at IS NULL AND token_hash <> :keptHash")
    void revokeAllOfExcept(long accountId, String keptHash, Instant at);
}
