-- Revert workshop_db:tables/work_logs from pg
BEGIN;
DROP TABLE workshop.work_logs;
COMMIT;
