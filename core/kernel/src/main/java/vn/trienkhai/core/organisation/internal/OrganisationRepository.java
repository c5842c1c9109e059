package vn.trienkhai.core.organisation.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationRepository extends CrudRepository<OrganisationRow, Long> {

    Optional<OrganisationRow> findByCode(String code);

    boolean existsByCode(String code);
}
