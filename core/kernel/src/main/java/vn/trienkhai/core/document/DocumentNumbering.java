package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.internal.NumberSequenceRepository;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.DocumentNumber;
import vn.trienkhai.core.document.parsing.InvalidDocumentNumberException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.unit.Unit;

import java.util.regex.Pattern;

/**
 * The numbers of the organisation's outgoing documents: one counter per issuing unit, issuer code (the "HU" every
 * district committee writes), kind and committee term,
 * restarting at 01 each term as Hướng dẫn 36-HD/VPTW requires. The counter moves with one UPDATE inside the
 * caller's transaction: concurrent callers wait for each other's row lock, so no number is given twice, and a
 * transaction that fails gives its number back by rolling back, so none is skipped. A unit's counters are drawn from
 * by its own subtree only.
 */
@Singleton
public class DocumentNumbering {

    private static final Pattern TERM = Pattern.compile("\\d{4}-\\d{4}");

    private final NumberSequenceRepository sequences;
    private final DocumentHeaderCheck headers;
    private final AccessPolicy policy;
    private final Messages messages;

    DocumentNumbering(NumberSequenceRepository sequences, DocumentHeaderCheck headers, AccessPolicy policy, Messages messages) {
        this.sequences = sequences;
        this.headers = headers;
        this.policy = policy;
        this.messages = messages;
    }

    /**
     * The next number, e.g. {@code 05-KH/HU} for the fifth plan of a Huyện ủy in term 2020-2025, for the issuing unit
     * (the actor's home unit when null), which must be the actor's home unit or one below it.
     */
    @Transactional
    public DocumentNumber next(Actor actor, @Nullable Long issuingUnitId, String issuerCode, DocumentKind kind, String term) {
        policy.require(actor, Operation.DOCUMENT_REGISTER);
        FieldErrors errors = new FieldErrors(messages);
        Unit issuingUnit = headers.issuer(actor, issuingUnitId, errors);
        long unit = issuingUnit == null ? actor.homeUnitId() : issuingUnit.id();
        if (issuerCode == null || issuerCode.isBlank()) {
            errors.add("issuerCode", "document.issuer.required");
        } else if (kind != null && !isIssuerCode(issuerCode, kind)) {
            errors.add("issuerCode", "document.issuer.invalid");
        }
        if (kind == null) {
            errors.add("kind", "document.kind.required");
        }
        if (term == null || !TERM.matcher(term).matches()) {
            errors.add("term", "document.term.invalid");
        }
        errors.throwIfAny();
        String issuer = issuerCode.strip();
        try {
            ensureCounter(actor.organisationId(), unit, issuer, kind.name(), term);
        } catch (DataAccessException createdMeanwhile) {
            // another caller created the counter at the same moment: the increment below uses theirs
        }
        sequences.increment(actor.organisationId(), unit, issuer, kind.name(), term);
        return new DocumentNumber(sequences.current(actor.organisationId(), unit, issuer, kind.name(), term), kind, issuer);
    }


    /**
     * Whether a number can carry this issuer code, asked of {@link DocumentNumber} itself so that the rule lives in
     * one place; checked before a counter is created, since a counter is created in a transaction of its own.
     */
    private static boolean isIssuerCode(String issuerCode, DocumentKind kind) {
        try {
            new DocumentNumber(1, kind, issuerCode);
            return true;
        } catch (InvalidDocumentNumberException invalid) {
            return false;
        }
    }

    /**
     * Creates the counter in a transaction of its own: when two callers create it at once, one insert fails on
     * the unique key and only that small transaction rolls back, not the caller's.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void ensureCounter(long organisationId, long unitId, String issuerCode, String kind, String term) {
        if (sequences.exists(organisationId, unitId, issuerCode, kind, term) == 0) {
            sequences.create(organisationId, unitId, issuerCode, kind, term);
        }
    }
}
