-- Verify workshop_db:tables/workers on pg
BEGIN;
SELECT id, auth_user_id, name, email, role, is_active, created_at, updated_at
  FROM workshop.workers WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.workers'::regclass AND tgname = 'workers_set_updated_at';
ROLLBACK;
