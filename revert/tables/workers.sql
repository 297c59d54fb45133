-- Revert workshop_db:tables/workers from pg
BEGIN;
DROP TABLE workshop.workers;
COMMIT;
