-- Revert workshop_db:tables/production_summary_state from pg
BEGIN;
DROP TABLE workshop_private.production_summary_state;
COMMIT;
