-- indexes/drop_batches_stage_status: the seed's (current_stage, is_complete) index is
-- gone; the stage page keeps idx_batches_open_stage and the stages' own indexes
-- (indexes/batches_stage_pages), and a batch's stage can still be found among the open
-- batches by an index.
BEGIN;
SELECT plan(2);

SELECT hasnt_index('workshop', 'batches', 'idx_batches_stage_status', 'idx_batches_stage_status is gone');

SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
SELECT matches(test_helpers.plan_of($q$
  SELECT count(*) FROM workshop.batches b
   WHERE b.current_stage = 'Sanding' AND NOT b.is_complete $q$),
  '"Index Name": "(idx_batches_open_stage|idx_batches_open_sanding_created_at)"',
  'the open batches at a stage are counted from an index of open batches by stage');

SELECT * FROM finish();
ROLLBACK;
