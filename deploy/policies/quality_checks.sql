-- Deploy workshop_db:policies/quality_checks to pg
-- requires: tables/quality_checks
-- requires: grants/workshop_private
-- Staff read checks and record them as themselves; managers may record a check for any
-- worker (staff without a login). Checks are evidence: no API role edits or deletes
-- them but service_role.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.quality_checks ENABLE ROW LEVEL SECURITY;

-- Staff read checks.
CREATE POLICY quality_checks_select_staff ON workshop.quality_checks
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY quality_checks_select_staff ON workshop.quality_checks IS 'Staff read checks.';

-- Staff record checks as themselves.
CREATE POLICY quality_checks_insert_staff ON workshop.quality_checks
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IS NOT NULL
    AND checked_by = (SELECT workshop_private.current_worker_id()));
COMMENT ON POLICY quality_checks_insert_staff ON workshop.quality_checks IS 'Staff record checks as themselves.';

-- Managers record checks for anyone.
CREATE POLICY quality_checks_insert_manager ON workshop.quality_checks
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY quality_checks_insert_manager ON workshop.quality_checks IS 'Managers record checks for anyone.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.quality_checks FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT, INSERT ON workshop.quality_checks TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.quality_checks TO service_role;

COMMIT;
