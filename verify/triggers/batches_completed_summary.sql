-- Verify workshop_db:triggers/batches_completed_summary on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.batches'::regclass AND tgname = 'batches_completed_summary'
   AND tgnewtable IS NOT NULL AND tgenabled <> 'D';
SELECT 'workshop_private.completed_batch_summary_of(uuid[])'::regprocedure;
-- Every complete batch has its figures (the backfill ran).
DO $$
BEGIN
  ASSERT NOT EXISTS (SELECT FROM workshop.batches b
                      WHERE b.is_complete
                        AND NOT EXISTS (SELECT FROM workshop_private.completed_batch_summary c
                                         WHERE c.batch_id = b.id)),
    'a complete batch has no completed_batch_summary row';
END
$$;
ROLLBACK;
