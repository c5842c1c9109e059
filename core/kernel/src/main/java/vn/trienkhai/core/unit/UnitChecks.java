package vn.trienkhai.core.unit;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.text.CleanText;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.internal.UnitRepository;
import vn.trienkhai.core.unit.internal.UnitRow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every change of the tree obeys, with the Vietnamese message and the API field name of each
 * refusal. All field errors of one request are collected, so that a form can mark them at once.
 */
@Singleton
class UnitChecks {

    static final int NAME_MAX = 255;
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,31}");

    private final UnitRepository units;
    private final AccessPolicy policy;
    private final Messages messages;

    UnitChecks(UnitRepository units, AccessPolicy policy, Messages messages) {
        this.units = units;
        this.policy = policy;
        this.messages = messages;
    }

    /**
     * The unit with this id, if it is in the actor's scope and the actor may do {@code operation} with it.
     * A unit outside the scope is "not found", never a hint that it exists.
     */
    UnitRow visible(Actor actor, Long id, Operation operation) {
        UnitRow row = units.findById(id == null ? -1 : id)
                .filter(unit -> policy.inScope(actor, unit.organisationId(), unit.path()))
                .orElseThrow(() -> new NotFoundException("unit.not-found", messages.get("unit.not-found")));
        policy.require(actor, operation);
        return row;
    }

    /** Like {@link #visible} but the unit must still exist; {@code field} names the input that referred to it. */
    UnitRow active(Actor actor, Long id, String field, Operation operation) {
        if (id == null) {
            throw InvalidRequestException.field(field, "unit.required", messages.get("unit.required"));
        }
        UnitRow row = visible(actor, id, operation);
        if (row.validTo() != null) {
            throw InvalidRequestException.field(field, "unit.ended", messages.get("unit.ended", row.name(), row.validTo()));
        }
        return row;
    }

    /**
     * Kind, code and name of a unit that will sit under {@code parent}. The units in {@code leaving} are not
     * counted as siblings: the unit itself, or the units a merge or split ends.
     */
    void details(FieldErrors errors, UnitRow parent, Collection<Long> leaving, UnitKind kind, String code, String name) {
        details(errors, "", parent, leaving, kind, code, name);
    }

    /**
     * Like {@link #details(FieldErrors, UnitRow, Collection, UnitKind, String, String)} for one of several new units
     * of a request: {@code fieldPrefix} ("successors[1].") tells a form which unit's field each error is about.
     */
    void details(FieldErrors errors, String fieldPrefix, UnitRow parent, Collection<Long> leaving, UnitKind kind, String code, String name) {
        if (kind == null) {
            errors.add(fieldPrefix + "kind", "unit.kind.required");
        }
        String cleanName = CleanText.name(name);
        if (CleanText.hasControl(name)) {
            errors.add(fieldPrefix + "name", "unit.name.control");
        } else if (cleanName.isEmpty()) {
            errors.add(fieldPrefix + "name", "unit.name.required");
        } else if (cleanName.length() > NAME_MAX) {
            errors.add(fieldPrefix + "name", "unit.name.too-long", NAME_MAX);
        }
        String cleanCode = CleanText.name(code);
        if (CleanText.hasControl(code)) {
            errors.add(fieldPrefix + "code", "unit.code.invalid");
        } else if (cleanCode.isEmpty()) {
            errors.add(fieldPrefix + "code", "unit.code.required");
        } else if (!CODE.matcher(cleanCode).matches()
                || !Set.of(Character.UnicodeScript.LATIN).containsAll(CleanText.letterScripts(cleanCode))) {
            // Latin letters (with Vietnamese diacritics), digits and ._- only: a Cyrillic or Greek look-alike
            // would pass for an existing code on screen while differing in the database.
            errors.add(fieldPrefix + "code", "unit.code.invalid");
        } else if (parent != null && siblingHasCode(parent.id(), leaving, cleanCode)) {
            errors.add(fieldPrefix + "code", "unit.code.duplicate", cleanCode, parent.name());
        }
    }

    /** A change dated {@code date} must not come before {@code earliest}, the start of what it changes. */
    void notBefore(FieldErrors errors, String field, LocalDate date, LocalDate earliest) {
        if (date.isBefore(earliest)) {
            errors.add(field, "unit.date.before", earliest);
        }
    }

    FieldErrors errors() {
        return new FieldErrors(messages);
    }

    private boolean siblingHasCode(long parentId, Collection<Long> leaving, String code) {
        String folded = VietnameseText.fold(code);
        return units.findActiveChildren(parentId).stream()
                .anyMatch(sibling -> !leaving.contains(sibling.id()) && VietnameseText.fold(CleanText.name(sibling.code())).equals(folded));
    }
}
