-- Revert workshop_db:types/production_stage from pg
BEGIN;
DROP TYPE workshop.production_stage;
COMMIT;
