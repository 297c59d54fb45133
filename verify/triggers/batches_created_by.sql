-- Verify workshop_db:triggers/batches_created_by on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.batches'::regclass AND tgname = 'batches_created_by'
   AND tgfoid = 'workshop_private.batches_created_by()'::regprocedure AND tgenabled = 'O';
ROLLBACK;
