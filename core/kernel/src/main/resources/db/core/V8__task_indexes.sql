-- The lists of a subtree ("Việc của đơn vị") and of the whole organisation are paged in deadline order. Without an
-- index in that order PostgreSQL reads every part of the organisation and sorts the subtree's before returning 50
-- (TaskBoardBenchmark: a district's first page read all 317,000 parts of the province). With it, the page walks the
-- parts by deadline and stops after 50 that lie in the subtree, and the overdue filter reads only the deadlines
-- already passed. (organisation_id, due_on, id) is the list's order, TaskSort.DUE, after its organisation filter.
CREATE INDEX task_part_due_idx ON task_part (organisation_id, due_on, id);
