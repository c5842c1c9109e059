package vn.trienkhai.modules.theory.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import vn.trienkhai.modules.theory.internal.TheoryRows.BookRow;
import vn.trienkhai.modules.theory.internal.TheoryRows.ClassRow;
import vn.trienkhai.modules.theory.internal.TheoryRows.FollowPlanRow;
import vn.trienkhai.modules.theory.internal.TheoryRows.SessionRow;
import vn.trienkhai.modules.theory.internal.TheoryRows.TopicRow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The repositories of {@link TheoryRows}. */
public final class TheoryRepositories {

    private TheoryRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface SessionRepository extends CrudRepository<SessionRow, Long> {
        @Query("SELECT * FROM theory_session WHERE organisation_id = :organisationId ORDER BY held_on DESC, id DESC")
        List<SessionRow> latestFirst(long organisationId);

        @Query("SELECT * FROM theory_session WHERE document_id IN (:documentIds) ORDER BY held_on, id")
        List<SessionRow> ofDocuments(Collection<Long> documentIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface ClassRepository extends CrudRepository<ClassRow, Long> {
        @Query("SELECT * FROM theory_class WHERE organisation_id = :organisationId ORDER BY starts_on DESC, id DESC")
        List<ClassRow> latestFirst(long organisationId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface TopicRepository extends CrudRepository<TopicRow, Long> {
        Optional<TopicRow> findByOrganisationIdAndYear(long organisationId, int year);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface FollowPlanRepository extends CrudRepository<FollowPlanRow, Long> {
        List<FollowPlanRow> findByOrganisationIdAndYear(long organisationId, int year);

        Optional<FollowPlanRow> findByUnitIdAndYear(long unitId, int year);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface BookRepository extends CrudRepository<BookRow, Long> {
        @Query("SELECT * FROM theory_book WHERE organisation_id = :organisationId ORDER BY for_year DESC, title, id")
        List<BookRow> latestFirst(long organisationId);
    }
}
