-- The unit whose registry holds a document: only that unit's subtree may change it. A document issued in the
-- tree belongs to its issuer; a received or cited one to the unit that registered it (before this migration,
-- everything without an issuer was registered at the root).
ALTER TABLE document ADD COLUMN owner_unit_id BIGINT;
UPDATE document SET owner_unit_id = COALESCE(issuing_unit_id,
    (SELECT o.root_unit_id FROM organisation o WHERE o.id = document.organisation_id));
ALTER TABLE document ALTER COLUMN owner_unit_id SET NOT NULL;
ALTER TABLE document ADD CONSTRAINT document_owner_fk FOREIGN KEY (owner_unit_id) REFERENCES unit (id);

-- A number counter belongs to the unit that issues under it: every district's Huyện ủy numbers its own "…/HU"
-- documents, and nobody outside a unit's subtree draws from its counters.
ALTER TABLE document_number_sequence ADD COLUMN unit_id BIGINT;
UPDATE document_number_sequence SET unit_id =
    (SELECT o.root_unit_id FROM organisation o WHERE o.id = document_number_sequence.organisation_id);
ALTER TABLE document_number_sequence ALTER COLUMN unit_id SET NOT NULL;
ALTER TABLE document_number_sequence ADD CONSTRAINT document_number_sequence_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id);
ALTER TABLE document_number_sequence DROP CONSTRAINT document_number_sequence_uq;
ALTER TABLE document_number_sequence ADD CONSTRAINT document_number_sequence_uq UNIQUE (organisation_id, unit_id, issuer_code, kind, term);

-- Every unit a document concerns: who issued and holds it, whom it is sent to, who leads or coordinates a task.
-- A document is visible along the lines of descent of these units (see DocumentVisibility).
CREATE VIEW document_unit AS
    SELECT id AS document_id, issuing_unit_id AS unit_id FROM document WHERE issuing_unit_id IS NOT NULL
    UNION ALL SELECT id, owner_unit_id FROM document
    UNION ALL SELECT document_id, unit_id FROM document_recipient WHERE unit_id IS NOT NULL
    UNION ALL SELECT document_id, lead_unit_id FROM task WHERE lead_unit_id IS NOT NULL
    UNION ALL SELECT t.document_id, c.unit_id FROM task_coordinator c JOIN task t ON t.id = c.task_id WHERE c.unit_id IS NOT NULL;
