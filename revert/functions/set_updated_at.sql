-- Revert workshop_db:functions/set_updated_at from pg
BEGIN;
DROP FUNCTION workshop_private.set_updated_at();
COMMIT;
