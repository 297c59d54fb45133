-- Revert workshop_db:policies/model_production_stages from pg
BEGIN;

REVOKE ALL ON workshop.model_production_stages FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY model_production_stages_select_anon ON workshop.model_production_stages;
DROP POLICY model_production_stages_select_customer ON workshop.model_production_stages;
DROP POLICY model_production_stages_select_staff ON workshop.model_production_stages;
DROP POLICY model_production_stages_insert_admin ON workshop.model_production_stages;
DROP POLICY model_production_stages_update_admin ON workshop.model_production_stages;
DROP POLICY model_production_stages_delete_admin ON workshop.model_production_stages;
ALTER TABLE workshop.model_production_stages DISABLE ROW LEVEL SECURITY;

COMMIT;
