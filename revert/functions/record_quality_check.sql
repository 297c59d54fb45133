-- Revert workshop_db:functions/record_quality_check from pg
BEGIN;
DROP FUNCTION workshop.record_quality_check(uuid, uuid, text, boolean, text);
COMMIT;
