-- Verify workshop_db:triggers/quality_checks_defaults on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.quality_checks'::regclass AND tgname = 'quality_checks_defaults'
   AND tgfoid = 'workshop_private.quality_checks_defaults()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
