-- The application never updates or deletes audit rows; the database refuses it from anyone else too.
CREATE FUNCTION audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_change_append_only BEFORE UPDATE OR DELETE ON audit_change
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
