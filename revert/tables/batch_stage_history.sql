-- Revert workshop_db:tables/batch_stage_history from pg
BEGIN;
DROP TABLE workshop.batch_stage_history;
COMMIT;
