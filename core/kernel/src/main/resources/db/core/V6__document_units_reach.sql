-- Which units a document concerns, and whether their subtrees carry it out: a plan's issuer, its holder, the units
-- it is sent to "for execution" and those leading or coordinating its tasks reach down to their subtrees; a unit
-- it is only reported or copied to does not (its ancestors still see it). Read by DocumentRepository.VISIBLE from
-- the units' side, hence the unit_id indexes.
DROP VIEW document_unit;
CREATE VIEW document_unit AS
    SELECT id AS document_id, issuing_unit_id AS unit_id, TRUE AS reaches_down FROM document WHERE issuing_unit_id IS NOT NULL
    UNION ALL SELECT id, owner_unit_id, TRUE FROM document
    UNION ALL SELECT document_id, unit_id, purpose = 'EXECUTE' FROM document_recipient WHERE unit_id IS NOT NULL
    UNION ALL SELECT document_id, lead_unit_id, TRUE FROM task WHERE lead_unit_id IS NOT NULL
    UNION ALL SELECT t.document_id, c.unit_id, TRUE FROM task_coordinator c JOIN task t ON t.id = c.task_id WHERE c.unit_id IS NOT NULL;
CREATE INDEX document_issuing_unit_idx ON document (issuing_unit_id);
CREATE INDEX document_owner_unit_idx ON document (owner_unit_id);
CREATE INDEX document_recipient_unit_idx ON document_recipient (unit_id);
CREATE INDEX task_coordinator_unit_idx ON task_coordinator (unit_id);
