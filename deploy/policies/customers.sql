-- Deploy workshop_db:policies/customers to pg
-- requires: tables/customers
-- requires: grants/workshop_private
-- A customer reads their own row; staff read all; managers create and edit customers.
-- Nobody but service_role deletes one (their orders keep them).
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.customers ENABLE ROW LEVEL SECURITY;

-- Customers read their own row.
CREATE POLICY customers_select_customer ON workshop.customers
  AS PERMISSIVE FOR SELECT TO authenticated
  USING (auth_user_id = (SELECT auth.uid()));
COMMENT ON POLICY customers_select_customer ON workshop.customers IS 'Customers read their own row.';

-- Staff read all customers.
CREATE POLICY customers_select_staff ON workshop.customers
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY customers_select_staff ON workshop.customers IS 'Staff read all customers.';

-- Managers enter customers.
CREATE POLICY customers_insert_manager ON workshop.customers
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY customers_insert_manager ON workshop.customers IS 'Managers enter customers.';

-- Managers edit customers.
CREATE POLICY customers_update_manager ON workshop.customers
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'))
  WITH CHECK ((SELECT workshop_private.current_worker_role()) IN ('manager', 'admin'));
COMMENT ON POLICY customers_update_manager ON workshop.customers IS 'Managers edit customers.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.customers FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT, INSERT, UPDATE ON workshop.customers TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.customers TO service_role;

COMMIT;
