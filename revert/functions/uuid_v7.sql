-- Revert workshop_db:functions/uuid_v7 from pg
BEGIN;
DROP FUNCTION workshop_private.uuid_v7();
COMMIT;
