-- Verify workshop_db:triggers/headphone_models_wood_offered on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.headphone_models'::regclass AND tgname = 'headphone_models_wood_offered'
   AND tgfoid = 'workshop_private.headphone_models_wood_offered()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
