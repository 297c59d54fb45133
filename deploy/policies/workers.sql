-- Deploy workshop_db:policies/workers to pg
-- requires: tables/workers
-- requires: grants/workshop_private
-- Staff read the staff list; only admins manage it. Customers and anon see no worker.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.workers ENABLE ROW LEVEL SECURITY;

-- Staff read all workers.
CREATE POLICY workers_select_staff ON workshop.workers
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY workers_select_staff ON workshop.workers IS 'Staff read all workers.';

-- Admins add workers.
CREATE POLICY workers_insert_admin ON workshop.workers
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY workers_insert_admin ON workshop.workers IS 'Admins add workers.';

-- Admins edit workers (roles, deactivation).
CREATE POLICY workers_update_admin ON workshop.workers
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) = 'admin')
  WITH CHECK ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY workers_update_admin ON workshop.workers IS 'Admins edit workers (roles, deactivation).';

-- Admins delete workers (history's foreign keys keep those who acted: deactivate them).
CREATE POLICY workers_delete_admin ON workshop.workers
  AS PERMISSIVE FOR DELETE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY workers_delete_admin ON workshop.workers IS 'Admins delete workers (history''s foreign keys keep those who acted: deactivate them).';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.workers FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.workers TO authenticated, service_role;

COMMIT;
