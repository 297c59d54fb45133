-- Revert workshop_db:tables/model_production_stages from pg
BEGIN;
DROP TABLE workshop.model_production_stages;
COMMIT;
