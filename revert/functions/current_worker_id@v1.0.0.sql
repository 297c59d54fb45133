-- Revert workshop_db:functions/current_worker_id from pg
BEGIN;
DROP FUNCTION workshop_private.current_worker_id();
COMMIT;
