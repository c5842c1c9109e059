package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentHeaderCheck.Header;
import vn.trienkhai.core.document.internal.DocumentRow;
import vn.trienkhai.core.document.parsing.DocumentNumber;
import vn.trienkhai.core.unit.Unit;

import java.time.Instant;

/** Document rows built from checked headers. */
final class DocumentRows {

    private DocumentRows() {
    }

    /**
     * A new row from {@code header}, or {@code current} with its header replaced (keeping its id, text, creation and
     * version). It is held by its issuing unit; one issued outside the tree stays with the unit that held it, or goes
     * to the actor's home unit when new.
     */
    static DocumentRow withHeader(Actor actor, @Nullable DocumentRow current, Header header, Instant now) {
        long owner = header.issuer() != null ? header.issuer().id() : current != null ? current.ownerUnitId() : actor.homeUnitId();
        Unit issuer = header.issuer();
        DocumentNumber number = header.number();
        return new DocumentRow(current == null ? null : current.id(), current == null ? actor.organisationId() : current.organisationId(),
                header.kind().name(), number == null ? null : number.number(), number == null ? null : number.issuerCode(),
                header.symbol(), issuer == null ? null : issuer.id(),
                owner, header.externalIssuer(), header.place(), header.issuedOn(), header.title(), header.signerName(),
                header.signerCapacity(), header.status().name(), current == null ? null : current.fullText(), "",
                current == null ? now : current.createdAt(), current == null ? null : current.version());
    }

    /** The row with another full text and version, the rest unchanged. */
    static DocumentRow with(DocumentRow row, @Nullable String fullText, @Nullable Long version) {
        return new DocumentRow(row.id(), row.organisationId(), row.kind(), row.number(), row.issuerCode(), row.symbol(),
                row.issuingUnitId(), row.ownerUnitId(), row.externalIssuer(), row.place(), row.issuedOn(), row.title(),
                row.signerName(), row.signerCapacity(), row.status(), fullText, row.searchKey(), row.createdAt(), version);
    }
}
