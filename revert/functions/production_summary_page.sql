-- Revert workshop_db:functions/production_summary_page from pg
BEGIN;

DROP FUNCTION workshop.production_summary_page(text, integer);
DROP FUNCTION workshop_private.production_summary_page(text, integer);

COMMIT;
