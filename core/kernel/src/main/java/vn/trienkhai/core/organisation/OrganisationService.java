package vn.trienkhai.core.organisation;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.organisation.internal.OrganisationRepository;
import vn.trienkhai.core.organisation.internal.OrganisationRow;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.internal.UnitRow;
import vn.trienkhai.core.unit.internal.UnitStore;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The tenants of this installation, each created with the root unit of its tree. */
@Singleton
public class OrganisationService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

    private final OrganisationRepository organisations;
    private final UnitStore units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Messages messages;

    OrganisationService(OrganisationRepository organisations, UnitStore units, AccessPolicy policy, AuditTrail audit, Messages messages) {
        this.organisations = organisations;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
    }

    /** The organisations the actor may work in: all of them for a system administrator, otherwise their own. */
    @ReadOnly
    public List<Organisation> list(Actor actor) {
        return organisations.findAll().stream()
                .filter(row -> actor.has(Role.SYSTEM_ADMIN) || row.id() == actor.organisationId())
                .map(OrganisationService::toOrganisation)
                .sorted(Comparator.comparing(Organisation::name, VietnameseText.order())).toList();
    }

    @ReadOnly
    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code).map(OrganisationService::toOrganisation);
    }


    /**
     * Creates an organisation and its root unit.
     *
     * @param code a short lower-case slug that API clients send in the {@code X-Organisation} header
     */
    @Transactional
    public Organisation create(Actor actor, String code, String name, UnitKind rootKind, String rootCode, LocalDate validFrom) {
        policy.require(actor, Operation.ORGANISATION_CREATE);
        if (code == null || !CODE.matcher(code).matches()) {
            throw InvalidRequestException.field("code", "organisation.code.invalid", messages.get("organisation.code.invalid"));
        }
        if (organisations.existsByCode(code)) {
            throw InvalidRequestException.field("code", "organisation.code.duplicate", messages.get("organisation.code.duplicate", code));
        }
        if (name == null || name.isBlank()) {
            throw InvalidRequestException.field("name", "organisation.name.required", messages.get("organisation.name.required"));
        }
        if (rootKind == null) {
            throw InvalidRequestException.field("rootKind", "unit.kind.required", messages.get("unit.kind.required"));
        }
        if (rootCode == null || rootCode.isBlank()) {
            throw InvalidRequestException.field("rootCode", "unit.code.required", messages.get("unit.code.required"));
        }
        OrganisationRow row = organisations.save(new OrganisationRow(null, code, name.strip(), null, null));
        UnitRow root = units.insertRoot(actor, row.id(), rootKind, rootCode, name.strip(), validFrom);
        OrganisationRow created = organisations.update(row.withRootUnit(root.id()));
        audit.created(actor, created.id(), "organisation", created.id(), created.name(), created);
        return toOrganisation(created);
    }

    private static Organisation toOrganisation(OrganisationRow row) {
        return new Organisation(row.id(), row.code(), row.name(), row.rootUnitId());
    }
}
