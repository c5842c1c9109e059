-- H2 uses a plain index for LIKE 'prefix%'.
CREATE INDEX unit_path_idx ON unit (path);
CREATE INDEX unit_history_path_idx ON unit_history (path);
