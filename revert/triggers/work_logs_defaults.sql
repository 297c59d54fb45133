-- Revert workshop_db:triggers/work_logs_defaults from pg
BEGIN;
DROP TRIGGER work_logs_defaults ON workshop.work_logs;
DROP FUNCTION workshop_private.work_logs_defaults();
COMMIT;
