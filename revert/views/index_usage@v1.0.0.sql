-- Revert workshop_db:views/index_usage from pg
BEGIN;
DROP VIEW workshop.index_usage;
COMMIT;
