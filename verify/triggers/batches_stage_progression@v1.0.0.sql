-- Verify workshop_db:triggers/batches_stage_progression on pg
BEGIN;
SELECT 1/(count(*) = 3)::int FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.batches'::regclass AND tgenabled = 'O'
   AND (tgname, tgfoid) IN (
     ('batches_stage_progression_insert', 'workshop_private.batches_stage_progression()'::regprocedure),
     ('batches_stage_progression', 'workshop_private.batches_stage_progression()'::regprocedure),
     ('batches_stage_logged', 'workshop_private.batches_stage_logged()'::regprocedure));
ROLLBACK;
