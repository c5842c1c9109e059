-- A notice links to the page it is about: a task, or a report request or submission (DD006).
ALTER TABLE notification ADD COLUMN link VARCHAR(200);
UPDATE notification SET link = 'tasks/' || task_id WHERE task_id IS NOT NULL;
