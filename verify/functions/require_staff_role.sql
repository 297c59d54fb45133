-- Verify workshop_db:functions/require_staff_role on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop_private.require_staff_role(workshop.worker_role[])'::regprocedure
   AND prosecdef AND proconfig @> ARRAY['search_path=""'];
-- The deploying DBA passes.
SELECT workshop_private.require_staff_role(ARRAY['manager', 'admin']::workshop.worker_role[]);
ROLLBACK;
