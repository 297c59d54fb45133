-- Revert workshop_db:types/worker_role from pg
BEGIN;
DROP TYPE workshop.worker_role;
COMMIT;
