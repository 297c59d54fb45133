-- Revert workshop_db:views/estimate_accuracy from pg
BEGIN;
DROP VIEW workshop.estimate_accuracy;
COMMIT;
