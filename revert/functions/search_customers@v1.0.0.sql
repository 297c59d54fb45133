-- Revert workshop_db:functions/search_customers from pg
BEGIN;
DROP FUNCTION workshop.search_customers(text, integer);
COMMIT;
