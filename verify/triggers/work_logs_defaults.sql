-- Verify workshop_db:triggers/work_logs_defaults on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.work_logs'::regclass AND tgname = 'work_logs_defaults'
   AND tgfoid = 'workshop_private.work_logs_defaults()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
