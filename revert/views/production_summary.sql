-- Revert workshop_db:views/production_summary from pg
BEGIN;
DROP VIEW workshop.production_summary;
DROP FUNCTION workshop_private.production_summary_rows();
COMMIT;
