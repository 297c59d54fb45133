-- Revert workshop_db:tables/completed_batch_summary from pg
BEGIN;
DROP TABLE workshop_private.completed_batch_summary;
COMMIT;
