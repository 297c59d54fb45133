-- Deploy workshop_db:policies/batch_metadata to pg
-- requires: tables/batch_metadata
-- requires: grants/workshop_private
-- Staff read it; managers write the free notes and tags. The derived totals belong to
-- the database (column grants leave them out).
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.batch_metadata ENABLE ROW LEVEL SECURITY;

-- Staff read batch totals.
CREATE POLICY batch_metadata_select_staff ON workshop.batch_metadata
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY batch_metadata_select_staff ON workshop.batch_metadata IS 'Staff read batch totals.';

-- Managers create a batch's metadata row.
CREATE POLICY batch_metadata_insert_manager ON workshop.batch_metadata
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY batch_metadata_insert_manager ON workshop.batch_metadata IS 'Managers create a batch''s metadata row.';

-- Managers edit notes and tags.
CREATE POLICY batch_metadata_update_manager ON workshop.batch_metadata
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'))
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY batch_metadata_update_manager ON workshop.batch_metadata IS 'Managers edit notes and tags.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.batch_metadata FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON workshop.batch_metadata TO authenticated;
GRANT INSERT (batch_id, notes, tags), UPDATE (notes, tags) ON workshop.batch_metadata TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.batch_metadata TO service_role;

COMMIT;
