package vn.trienkhai.core.account.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountRepository extends CrudRepository<AccountRow, Long> {

    Optional<AccountRow> findByLogin(String login);

    boolean existsByLogin(String login);

    @Query(value = "SELECT * FROM account WHERE organisation_id = :organisationId ORDER BY login",
            countQuery = "SELECT count(*) FROM account WHERE organisation_id = :organisationId")
    Page<AccountRow> findInOrganisation(long organisationId, Pageable pageable);

    /** Every account of the organisation, locked until the transaction ends: checks over them cannot race. */
    @Query("SELECT * FROM account WHERE organisation_id = :organisationId ORDER BY id FOR UPDATE")
    List<AccountRow> lockInOrganisation(long organisationId);

    @Query("UPDATE account SET password_hash = :passwordHash, version = version + 1 WHERE id = :id")
    void updatePassword(long id, String passwordHash);
}
