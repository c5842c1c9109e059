package vn.trienkhai.core.document.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * Counters of outgoing document numbers, one per issuing unit, issuer code, kind and term, moved by single UPDATE
 * statements so that concurrent callers queue on the row.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NumberSequenceRepository extends GenericRepository<NumberSequenceRepository.SequenceRow, Long> {

    String COUNTER = " WHERE organisation_id = :organisationId AND unit_id = :unitId"
            + " AND issuer_code = :issuerCode AND kind = :kind AND term = :term";

    @Query("INSERT INTO document_number_sequence (organisation_id, unit_id, issuer_code, kind, term, last_number)"
            + " VALUES (:organisationId, :unitId, :issuerCode, :kind, :term, 0)")
    void create(long organisationId, long unitId, String issuerCode, String kind, String term);

    @Query("SELECT count(*) FROM document_number_sequence" + COUNTER)
    long exists(long organisationId, long unitId, String issuerCode, String kind, String term);

    @Query("UPDATE document_number_sequence SET last_number = last_number + 1" + COUNTER)
    long increment(long organisationId, long unitId, String issuerCode, String kind, String term);

    @Query("SELECT last_number FROM document_number_sequence" + COUNTER)
    int current(long organisationId, long unitId, String issuerCode, String kind, String term);

    @MappedEntity("document_number_sequence")
    record SequenceRow(@Id @GeneratedValue @Nullable Long id, long organisationId, long unitId, String issuerCode, String kind,
                       String term, int lastNumber) {
    }
}
