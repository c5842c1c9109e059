-- H2 has no procedural triggers without Java classes; the application itself offers no update or delete of the audit log.
SELECT 1;
