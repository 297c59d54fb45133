-- Revert workshop_db:schemas from pg
BEGIN;
DROP SCHEMA workshop_private;
DROP SCHEMA workshop;
COMMIT;
