-- Revert workshop_db:policies/headphone_models from pg
BEGIN;

REVOKE ALL ON workshop.headphone_models FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY headphone_models_select_anon ON workshop.headphone_models;
DROP POLICY headphone_models_select_customer ON workshop.headphone_models;
DROP POLICY headphone_models_select_staff ON workshop.headphone_models;
DROP POLICY headphone_models_insert_admin ON workshop.headphone_models;
DROP POLICY headphone_models_update_admin ON workshop.headphone_models;
DROP POLICY headphone_models_delete_admin ON workshop.headphone_models;
ALTER TABLE workshop.headphone_models DISABLE ROW LEVEL SECURITY;

COMMIT;
