-- Revert workshop_db:functions/log_work from pg
BEGIN;
DROP FUNCTION workshop.log_work(uuid, numeric, workshop.production_stage, uuid);
COMMIT;
