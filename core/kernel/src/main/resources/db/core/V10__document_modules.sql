-- The directive domains a document belongs to, by module id ("culture", "press"): the core stores modules as ids and
-- never knows one. Chosen on the document by whoever may correct it (DocumentModules); the task lists filter on it
-- with an EXISTS per task's document, which reads the primary key. The rows go with their document.
CREATE TABLE document_module (
    document_id BIGINT      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    module_id   VARCHAR(32) NOT NULL,
    PRIMARY KEY (document_id, module_id)
);
-- a module's documents, for the lists filtered by module from the module's side
CREATE INDEX document_module_module_idx ON document_module (module_id);
