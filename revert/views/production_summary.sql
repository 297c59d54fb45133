-- Revert workshop_db:views/production_summary from pg
BEGIN;
DROP VIEW workshop.production_summary;
COMMIT;
