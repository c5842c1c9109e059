package vn.trienkhai.core.record;

/** A module's row owned by one organisation, with the id the database gave it: what {@link ModuleRecords} writes. */
public interface OwnedRow {

    Long id();

    long organisationId();
}
