-- Deploy workshop_db:policies/batches to pg
-- requires: tables/batches
-- requires: grants/workshop_private
-- Staff read batches; managers create them. Staff update them: managers anything
-- (priority, completion), workers only what moving a batch changes (current_stage,
-- quality_status) -- a policy cannot compare a row with its old version, so the trigger
-- of triggers/batches_worker_columns holds that part. Batches are not deleted by API
-- users (service_role excepted).
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.batches ENABLE ROW LEVEL SECURITY;

-- Staff read all batches.
CREATE POLICY batches_select_staff ON workshop.batches
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY batches_select_staff ON workshop.batches IS 'Staff read all batches.';

-- Managers create batches, as themselves.
CREATE POLICY batches_insert_manager ON workshop.batches
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin')
    AND (created_by IS NULL OR created_by = (SELECT workshop_private.current_worker_id())));
COMMENT ON POLICY batches_insert_manager ON workshop.batches IS 'Managers create batches, as themselves.';

-- Staff update batches: workers move them, managers also set priorities and complete them.
CREATE POLICY batches_update_staff ON workshop.batches
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL)
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY batches_update_staff ON workshop.batches IS 'Staff update batches: workers move them, managers also set priorities and complete them.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.batches FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT, INSERT, UPDATE ON workshop.batches TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.batches TO service_role;

COMMIT;
