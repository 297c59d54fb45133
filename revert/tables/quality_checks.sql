-- Revert workshop_db:tables/quality_checks from pg
BEGIN;
DROP TABLE workshop.quality_checks;
COMMIT;
