-- Revert workshop_db:functions/require_staff_role from pg
BEGIN;
DROP FUNCTION workshop_private.require_staff_role(workshop.worker_role[]);
COMMIT;
