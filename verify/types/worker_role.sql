-- Verify workshop_db:types/worker_role on pg
BEGIN;
DO $$
BEGIN
  ASSERT (pg_catalog.enum_range(NULL::workshop.worker_role)::text[])[1:3] = ARRAY['worker', 'manager', 'admin'],
    'workshop.worker_role does not start with the labels (worker|manager|admin) in that order';
END
$$;
ROLLBACK;
