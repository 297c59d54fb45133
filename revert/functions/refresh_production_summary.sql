-- Revert workshop_db:functions/refresh_production_summary from pg
BEGIN;
DROP FUNCTION workshop.refresh_production_summary(boolean);
DROP FUNCTION workshop_private.refresh_production_summary(boolean);
COMMIT;
