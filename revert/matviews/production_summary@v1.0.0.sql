-- Revert workshop_db:matviews/production_summary from pg
BEGIN;
DROP MATERIALIZED VIEW workshop_private.production_summary;
COMMIT;
