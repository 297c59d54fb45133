-- Revert workshop_db:triggers/headphone_models_wood_offered from pg
BEGIN;
DROP TRIGGER headphone_models_wood_offered ON workshop.headphone_models;
DROP FUNCTION workshop_private.headphone_models_wood_offered();
COMMIT;
