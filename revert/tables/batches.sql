-- Revert workshop_db:tables/batches from pg
BEGIN;
DROP TABLE workshop.batches;
COMMIT;
