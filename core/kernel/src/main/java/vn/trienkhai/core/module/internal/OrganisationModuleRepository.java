package vn.trienkhai.core.module.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationModuleRepository extends CrudRepository<OrganisationModuleRow, Long> {

    List<OrganisationModuleRow> findByOrganisationId(long organisationId);

    Optional<OrganisationModuleRow> findByOrganisationIdAndModuleId(long organisationId, String moduleId);
}
