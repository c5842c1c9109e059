package vn.trienkhai.core.document.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("document")
public record DocumentRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String kind,
        @Nullable Integer number,
        @Nullable String issuerCode,
        @Nullable String symbol,
        @Nullable Long issuingUnitId,
        long ownerUnitId,
        @Nullable String externalIssuer,
        @Nullable String place,
        @Nullable LocalDate issuedOn,
        String title,
        @Nullable String signerName,
        @Nullable String signerCapacity,
        String status,
        @Nullable String fullText,
        String searchKey,
        Instant createdAt,
        @Version @Nullable Long version) {
}
