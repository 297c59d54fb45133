-- Deploy workshop_db:types/worker_role to pg
-- requires: schemas
BEGIN;

CREATE TYPE workshop.worker_role AS ENUM ('worker', 'manager', 'admin');
COMMENT ON TYPE workshop.worker_role IS 'What a staff member may do: workers build, managers plan, admins manage the catalogue and staff.';

COMMIT;
