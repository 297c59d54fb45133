-- Revert workshop_db:types/model_complexity from pg
BEGIN;
DROP TYPE workshop.model_complexity;
COMMIT;
