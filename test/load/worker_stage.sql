-- pgbench, a worker: moves a random batch (LD-B pool) one stage on; at Acoustic QC it
-- finds a defect, reworks the batch back to Sanding and clears the quality status
-- (advance_batch, set_batch_quality, rework_batch). The batch row is locked first so
-- that each step decides on the stage it changes; batches never reach Shipping here.
\set b random(1, :batches)
BEGIN;
SELECT b.current_stage FROM workshop.batches b WHERE b.batch_number = 'LD-B-' || :b FOR NO KEY UPDATE;
SELECT workshop.set_batch_quality(b.id, 'warning', 'load: defect found at QC')
  FROM workshop.batches b WHERE b.batch_number = 'LD-B-' || :b AND b.current_stage = 'Acoustic QC';
SELECT workshop.rework_batch(b.id, 'Sanding', 'load: back to sanding')
  FROM workshop.batches b WHERE b.batch_number = 'LD-B-' || :b AND b.current_stage = 'Acoustic QC';
SELECT workshop.set_batch_quality(b.id, 'good', 'load: fixed')
  FROM workshop.batches b WHERE b.batch_number = 'LD-B-' || :b AND b.quality_status <> 'good';
SELECT workshop.advance_batch(b.id, 'load: next stage')
  FROM workshop.batches b WHERE b.batch_number = 'LD-B-' || :b AND b.current_stage < 'Acoustic QC';
COMMIT;
