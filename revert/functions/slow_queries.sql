-- Revert workshop_db:functions/slow_queries from pg
BEGIN;
DROP FUNCTION workshop.slow_queries(integer);
DROP FUNCTION workshop_private.slow_queries(integer);
COMMIT;
