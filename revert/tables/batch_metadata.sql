-- Revert workshop_db:tables/batch_metadata from pg
BEGIN;
DROP TABLE workshop.batch_metadata;
COMMIT;
