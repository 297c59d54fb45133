-- Deploy workshop_db:policies/headphone_models to pg
-- requires: tables/headphone_models
-- requires: tables/orders
-- requires: grants/workshop_private
-- The catalogue is public: anon and every signed-in user read the active models;
-- customers also the models of their own orders (even when retired); staff all of them.
-- Only admins manage the catalogue.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.headphone_models ENABLE ROW LEVEL SECURITY;

-- Anon reads active models.
CREATE POLICY headphone_models_select_anon ON workshop.headphone_models
  AS PERMISSIVE FOR SELECT TO anon
  USING (is_active);
COMMENT ON POLICY headphone_models_select_anon ON workshop.headphone_models IS 'Anon reads active models.';

-- Signed-in users read active models, and customers the models of their orders.
CREATE POLICY headphone_models_select_customer ON workshop.headphone_models
  AS PERMISSIVE FOR SELECT TO authenticated
  USING (is_active
      OR EXISTS (SELECT 1 FROM workshop.orders o
                  WHERE o.model_id = headphone_models.id
                    AND o.customer_id = (SELECT workshop_private.current_customer_id())));
COMMENT ON POLICY headphone_models_select_customer ON workshop.headphone_models IS 'Signed-in users read active models, and customers the models of their orders.';

-- Staff read all models.
CREATE POLICY headphone_models_select_staff ON workshop.headphone_models
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY headphone_models_select_staff ON workshop.headphone_models IS 'Staff read all models.';

-- Admins add models.
CREATE POLICY headphone_models_insert_admin ON workshop.headphone_models
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY headphone_models_insert_admin ON workshop.headphone_models IS 'Admins add models.';

-- Admins edit models.
CREATE POLICY headphone_models_update_admin ON workshop.headphone_models
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) = 'admin')
  WITH CHECK ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY headphone_models_update_admin ON workshop.headphone_models IS 'Admins edit models.';

-- Admins delete models (orders' foreign keys keep used ones).
CREATE POLICY headphone_models_delete_admin ON workshop.headphone_models
  AS PERMISSIVE FOR DELETE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY headphone_models_delete_admin ON workshop.headphone_models IS 'Admins delete models (orders'' foreign keys keep used ones).';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.headphone_models FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON workshop.headphone_models TO anon;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.headphone_models TO authenticated, service_role;

COMMIT;
