-- Verify workshop_db:tables/work_logs on pg
BEGIN;
SELECT id, batch_id, stage, worker_id, hours, logged_at FROM workshop.work_logs WHERE false;
ROLLBACK;
