-- Verify workshop_db:triggers/batches_completion on pg
BEGIN;
SELECT 1/(count(*) = 2)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.batches'::regclass AND tgenabled = 'O'
   AND (tgname, tgfoid) IN (
     ('batches_completion_guard', 'workshop_private.batches_completion_guard()'::regprocedure),
     ('batches_completion_cascade', 'workshop_private.batches_completion_cascade()'::regprocedure));
ROLLBACK;
