-- Revert workshop_db:views/table_sizes from pg
BEGIN;
DROP VIEW workshop.table_sizes;
COMMIT;
