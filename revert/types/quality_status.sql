-- Revert workshop_db:types/quality_status from pg
BEGIN;
DROP TYPE workshop.quality_status;
COMMIT;
