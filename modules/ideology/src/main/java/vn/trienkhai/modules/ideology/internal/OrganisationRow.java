package vn.trienkhai.modules.ideology.internal;

/** A row owned by one organisation, with the id the database gave it: what {@code RecordStore} needs to write it. */
public interface OrganisationRow {

    Long id();

    long organisationId();
}
