-- Revert workshop_db:tables/headphone_models from pg
BEGIN;
DROP TABLE workshop.headphone_models;
COMMIT;
