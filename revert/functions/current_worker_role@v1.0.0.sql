-- Revert workshop_db:functions/current_worker_role from pg
BEGIN;
DROP FUNCTION workshop_private.current_worker_role();
COMMIT;
