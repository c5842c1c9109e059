package vn.trienkhai.core.organisation;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
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
    private final Messages messages;

    OrganisationService(OrganisationRepository organisations, UnitStore units, Messages messages) {
        this.organisations = organisations;
        this.units = units;
        this.messages = messages;
    }

    @ReadOnly
    public List<Organisation> list() {
        return organisations.findAll().stream().map(OrganisationService::toOrganisation)
                .sorted(Comparator.comparing(Organisation::name, VietnameseText.order())).toList();
    }

    @ReadOnly
    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code).map(OrganisationService::toOrganisation);
    }

    @ReadOnly
    public Organisation get(long id) {
        return organisations.findById(id).map(OrganisationService::toOrganisation)
                .orElseThrow(() -> new NotFoundException("organisation.not-found", messages.get("organisation.not-found")));
    }

    /**
     * Creates an organisation and its root unit.
     *
     * @param code a short lower-case slug that API clients send in the {@code X-Organisation} header
     */
    @Transactional
    public Organisation create(String code, String name, UnitKind rootKind, String rootCode, LocalDate validFrom) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw InvalidRequestException.field("code", "organisation.code.invalid", messages.get("organisation.code.invalid"));
        }
        if (organisations.existsByCode(code)) {
            throw InvalidRequestException.field("code", "organisation.code.duplicate", messages.get("organisation.code.duplicate", code));
        }
        if (name == null || name.isBlank()) {
            throw InvalidRequestException.field("name", "organisation.name.required", messages.get("organisation.name.required"));
        }
        OrganisationRow row = organisations.save(new OrganisationRow(null, code, name.strip(), null, null));
        UnitRow root = units.insert(row.id(), null, rootKind, rootCode, name.strip(), validFrom);
        return toOrganisation(organisations.update(row.withRootUnit(root.id())));
    }

    private static Organisation toOrganisation(OrganisationRow row) {
        return new Organisation(row.id(), row.code(), row.name(), row.rootUnitId());
    }
}
