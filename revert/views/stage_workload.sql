-- Revert workshop_db:views/stage_workload from pg
BEGIN;
DROP VIEW workshop.stage_workload;
COMMIT;
