-- Revert workshop_db:functions/change_reason from pg
BEGIN;
DROP FUNCTION workshop_private.change_reason();
COMMIT;
