-- Revert workshop_db:functions/search_customers_rows from pg
BEGIN;
DROP FUNCTION workshop_private.search_customers_rows(text, integer);
COMMIT;
