-- Deploy workshop_db:policies/model_production_stages to pg
-- requires: tables/model_production_stages
-- requires: policies/headphone_models
-- A model's stages are visible exactly when the model is (the subquery runs under the
-- caller's policies on headphone_models). Only admins manage them.
-- Row level security is enabled, not forced: the owner is the deploying role, whose
-- SECURITY DEFINER triggers and helpers act as the database itself. service_role has
-- BYPASSRLS (as in Supabase) and needs only grants. No TRUNCATE for any API role: it
-- skips row triggers and policies.
BEGIN;

ALTER TABLE workshop.model_production_stages ENABLE ROW LEVEL SECURITY;

-- Anon reads the stages of active models.
CREATE POLICY model_production_stages_select_anon ON workshop.model_production_stages
  AS PERMISSIVE FOR SELECT TO anon
  USING (EXISTS (SELECT 1 FROM workshop.headphone_models m
               WHERE m.id = model_production_stages.model_id AND m.is_active));
COMMENT ON POLICY model_production_stages_select_anon ON workshop.model_production_stages IS 'Anon reads the stages of active models.';

-- Signed-in users read the stages of the models they can see.
CREATE POLICY model_production_stages_select_customer ON workshop.model_production_stages
  AS PERMISSIVE FOR SELECT TO authenticated
  USING (EXISTS (SELECT 1 FROM workshop.headphone_models m
               WHERE m.id = model_production_stages.model_id));
COMMENT ON POLICY model_production_stages_select_customer ON workshop.model_production_stages IS 'Signed-in users read the stages of the models they can see.';

-- Staff read all stages.
CREATE POLICY model_production_stages_select_staff ON workshop.model_production_stages
  AS PERMISSIVE FOR SELECT TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) IS NOT NULL);
COMMENT ON POLICY model_production_stages_select_staff ON workshop.model_production_stages IS 'Staff read all stages.';

-- Admins add stages.
CREATE POLICY model_production_stages_insert_admin ON workshop.model_production_stages
  AS PERMISSIVE FOR INSERT TO authenticated
  WITH CHECK ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY model_production_stages_insert_admin ON workshop.model_production_stages IS 'Admins add stages.';

-- Admins edit stages.
CREATE POLICY model_production_stages_update_admin ON workshop.model_production_stages
  AS PERMISSIVE FOR UPDATE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) = 'admin')
  WITH CHECK ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY model_production_stages_update_admin ON workshop.model_production_stages IS 'Admins edit stages.';

-- Admins delete stages.
CREATE POLICY model_production_stages_delete_admin ON workshop.model_production_stages
  AS PERMISSIVE FOR DELETE TO authenticated
  USING ((SELECT workshop_private.current_worker_role()) = 'admin');
COMMENT ON POLICY model_production_stages_delete_admin ON workshop.model_production_stages IS 'Admins delete stages.';

-- Exactly these grants, whatever default privileges gave at CREATE TABLE time.
REVOKE ALL ON workshop.model_production_stages FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON workshop.model_production_stages TO anon;
GRANT SELECT, INSERT, UPDATE, DELETE ON workshop.model_production_stages TO authenticated, service_role;

COMMIT;
