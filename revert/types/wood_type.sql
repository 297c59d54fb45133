-- Revert workshop_db:types/wood_type from pg
BEGIN;
DROP TYPE workshop.wood_type;
COMMIT;
