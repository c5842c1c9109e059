-- LIKE 'prefix%' can use a b-tree index on PostgreSQL only with the pattern operator class
-- (the database collation is not C).
CREATE INDEX unit_path_idx ON unit (path varchar_pattern_ops);
CREATE INDEX unit_history_path_idx ON unit_history (path varchar_pattern_ops);
