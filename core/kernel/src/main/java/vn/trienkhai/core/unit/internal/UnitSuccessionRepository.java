package vn.trienkhai.core.unit.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UnitSuccessionRepository extends CrudRepository<UnitSuccessionRow, Long> {

    List<UnitSuccessionRow> findByPredecessorId(long predecessorId);

    List<UnitSuccessionRow> findBySuccessorId(long successorId);
}
