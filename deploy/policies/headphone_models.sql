-- Deploy workshop_db:policies/headphone_models to pg
-- requires: tables/headphone_models
-- requires: tables/orders
-- requires: grants/workshop_private
-- requires: functions/current_customer_model_ids
-- The catalogue is public: anon and every signed-in user read the active models;
-- customers also the models of their own orders (even when retired); staff all of them.
-- Only admins manage the catalogue.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
-- Reworked: customers see the models of their orders through
-- workshop_private.current_customer_model_ids(), one call per statement, instead of an
-- EXISTS over orders that every statement reading models planned with the policies of
-- orders inside it. Each policy is dropped and created again, so that this script
-- deploys both on a fresh database and over the released version.
BEGIN;

ALTER TABLE workshop.headphone_models ENABLE ROW LEVEL SECURITY;

-- Anon reads active models.
DROP POLICY IF EXISTS headphone_models_select_anon ON workshop.headphone_models;
CREATE POLICY headphone_models_select_anon ON workshop.headphone_models
  AS PERMISSIVE FOR SELECT TO anon
  USING (is_active);
COMMENT ON POLICY headphone_models_select_anon ON workshop.headphone_models IS 'Anon reads active models.';

-- Signed-in users read active models, and customers the models of their orders.
DROP POLICY IF EXISTS headphone_models_select_customer ON workshop.headphone_models;
CREATE POLICY headphone_models_select_customer ON workshop.headphone_models
  AS PERMISSIVE FOR SELECT TO authenticated
  USING (is_active OR id = ANY ((SELECT workshop_private.current_customer_model_ids())::uuid[]));
COMMENT ON POLICY headphone_models_select_customer ON workshop.headphone_models IS 'Signed-in users read active models, and customers the models of their orders.';

-- Staff read all models.
DROP POLICY IF EXISTS headphone_models_select_staff ON workshop.headphone_models;
CREATE POLICY headphone_models_select_staff ON workshop.headphone_models
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY headphone_models_select_staff ON workshop.headphone_models IS 'Staff read all models.';

-- Admins add models.
DROP POLICY IF EXISTS headphone_models_insert_admin ON workshop.headphone_models;
CREATE POLICY headphone_models_insert_admin ON workshop.headphone_models
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY headphone_models_insert_admin ON workshop.headphone_models IS 'Admins add models.';

-- Admins edit models.
DROP POLICY IF EXISTS headphone_models_update_admin ON workshop.headphone_models;
CREATE POLICY headphone_models_update_admin ON workshop.headphone_models
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) = 'admin')
  WITH CHECK ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY headphone_models_update_admin ON workshop.headphone_models IS 'Admins edit models.';

-- Admins delete models (orders' foreign keys keep used ones).
DROP POLICY IF EXISTS headphone_models_delete_admin ON workshop.headphone_models;
CREATE POLICY headphone_models_delete_admin ON workshop.headphone_models
  AS PERMISSIVE FOR DELETE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY headphone_models_delete_admin ON workshop.headphone_models IS 'Admins delete models (orders'' foreign keys keep used ones).';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.headphone_models FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON workshop.headphone_models TO anon;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.headphone_models TO authenticated, service_role;

COMMIT;
