-- Revert workshop_db:types/batch_priority from pg
BEGIN;
DROP TYPE workshop.batch_priority;
COMMIT;
