package vn.trienkhai.core.document;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.DocumentNumber;
import vn.trienkhai.core.document.parsing.InvalidDocumentNumberException;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.text.CleanText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Checks what a document is registered or corrected with, reporting every refused field at once. A document must be
 * told apart from the others: by its number (which names its kind and issuing body) or, where the text lost it as
 * in two of the seed plans, by its kind and issuer. It needs a title; its date, where known, a sane one. An issuing
 * unit must lie in the actor's subtree, and a document "issued" by the organisation must name one.
 */
@Singleton
class DocumentHeaderCheck {

    static final int MAX_TITLE = 2000;
    static final int MAX_NAME = 255;
    static final int MAX_PLACE = 100;

    /** The checked fields, cleaned (NFC, no invisible characters, single spaces). */
    record Header(@Nullable DocumentNumber number, DocumentKind kind, @Nullable LocalDate issuedOn, String title, @Nullable String place, @Nullable Unit issuer,
                  @Nullable String externalIssuer, Status status, @Nullable String signerName, @Nullable String signerCapacity) {

        @Nullable String symbol() {
            return number == null ? null : number.symbol();
        }
    }

    /** The fields as sent; any of them may be missing; {@code kind} counts only without a number. */
    record Fields(@Nullable String number, @Nullable LocalDate issuedOn, @Nullable String title, @Nullable String place,
                  @Nullable Long issuingUnitId, @Nullable String externalIssuer, @Nullable Status status,
                  @Nullable String signerName, @Nullable String signerCapacity, @Nullable DocumentKind kind) {
    }

    private final UnitService units;
    private final Messages messages;

    DocumentHeaderCheck(UnitService units, Messages messages) {
        this.units = units;
        this.messages = messages;
    }

    /** The checked header, refused with every field's error. */
    Header check(Actor actor, Fields fields) {
        FieldErrors errors = new FieldErrors(messages);
        Header header = check(actor, fields, "number", errors);
        errors.throwIfAny();
        return header;
    }

    /** The header, collecting refusals into {@code errors} (the number under {@code numberField}); valid once they are none. */
    Header check(Actor actor, Fields fields, String numberField, FieldErrors errors) {
        DocumentNumber number = number(fields.number(), numberField, errors);
        DocumentKind kind = number != null ? number.kind() : fields.kind();
        errors.checkDate("issuedOn", fields.issuedOn());
        String title = text(errors, "title", fields.title(), MAX_TITLE);
        if (title == null) {
            errors.add("title", "document.title.required");
        }
        Status status = Objects.requireNonNullElse(fields.status(), Status.RECEIVED);
        if (status == Status.CITED) {
            errors.add("status", "document.status.cited");
        }
        Unit issuer = issuer(actor, fields.issuingUnitId(), errors);
        if (status == Status.ISSUED && fields.issuingUnitId() == null) {
            errors.add("issuingUnitId", "document.issuer.unit-required");
        }
        String externalIssuer = text(errors, "externalIssuer", fields.externalIssuer(), MAX_NAME);
        if (blank(fields.number())) {
            if (fields.issuingUnitId() == null && externalIssuer == null) {
                errors.add(numberField, "document.identity.required");
                errors.add("issuingUnitId", "document.identity.required");
            }
            if (kind == null) {
                errors.add("kind", "document.kind.required");
            }
        }
        return new Header(number, kind, fields.issuedOn(), title, text(errors, "place", fields.place(), MAX_PLACE), issuer,
                externalIssuer, status,
                text(errors, "signerName", fields.signerName(), MAX_NAME),
                text(errors, "signerCapacity", fields.signerCapacity(), MAX_NAME));
    }

    private static DocumentNumber number(@Nullable String written, String field, FieldErrors errors) {
        if (blank(written)) {
            return null;
        }
        try {
            return DocumentNumber.parse(CleanText.name(written));
        } catch (InvalidDocumentNumberException invalid) {
            errors.add(field, "document.number.invalid", invalid.getMessage());
            return null;
        }
    }

    /** The unit, when it is one the actor may issue for: their scope unit or one below it; else an error on the field. */
    Unit issuer(Actor actor, @Nullable Long id, FieldErrors errors) {
        if (id == null) {
            return null;
        }
        try {
            return units.get(actor, id);
        } catch (NotFoundException outOfScope) {
            errors.add("issuingUnitId", "document.issuer.out-of-scope");
            return null;
        }
    }

    private static boolean blank(@Nullable String text) {
        return CleanText.name(text).isEmpty();
    }

    /** The cleaned text, or null when there is none; a text over {@code max} characters is refused, never cut. */
    private static String text(FieldErrors errors, String field, @Nullable String value, int max) {
        if (CleanText.hasControl(value)) {
            errors.add(field, "text.control");
            return null;
        }
        String clean = CleanText.name(value);
        if (clean.length() > max) {
            errors.add(field, "text.too-long", max);
        }
        return clean.isEmpty() ? null : clean;
    }
}
