-- Rule batch_stage_progression: a batch starts at Intake, advances one stage at a time,
-- is reworked back only while its quality is not good and with a reason, enters
-- Shipping only with good quality, and never moves once complete. Every move is logged.
BEGIN;
SELECT plan(24);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7000000-0000-4000-8000-000000000001', 'Stage Tester', 'stage.tester@example.com', 'worker');
SET LOCAL workshop.worker_id = 'a7000000-0000-4000-8000-000000000001';
INSERT INTO workshop.batches (id, batch_number) VALUES ('d7000000-0000-4000-8000-000000000001', 'STG-B1');

SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.batches (batch_number, current_stage) VALUES ('STG-BAD', 'Sanding')$$,
  '23514', 'batch_stage_progression', 'a batch cannot be created past Intake');
SELECT is((SELECT count(*) FROM workshop.batches WHERE batch_number = 'STG-BAD'), 0::bigint,
  'the refused insert wrote nothing');

-- Advancing.
SELECT lives_ok(
  $$UPDATE workshop.batches SET current_stage = 'Sanding' WHERE id = 'd7000000-0000-4000-8000-000000000001'$$,
  'Intake to Sanding (direct UPDATE)');
SELECT results_eq(
  $$SELECT from_stage::text, to_stage::text, kind::text, moved_by, reason FROM workshop.batch_stage_history
     WHERE batch_id = 'd7000000-0000-4000-8000-000000000001'$$,
  $$VALUES ('Intake', 'Sanding', 'advance', 'a7000000-0000-4000-8000-000000000001'::uuid, NULL::text)$$,
  'the advance is logged with the acting worker');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batches SET current_stage = 'Sub-Assembly' WHERE id = 'd7000000-0000-4000-8000-000000000001'$$,
  '23514', 'batch_stage_progression', 'Sanding to Sub-Assembly skips Finishing');
SELECT is(
  (SELECT e.err_hint FROM test_helpers.error_of(
     $$UPDATE workshop.batches SET current_stage = 'Sub-Assembly' WHERE id = 'd7000000-0000-4000-8000-000000000001'$$) e),
  'advance it to Finishing first', 'the hint names the next stage');
SELECT is(
  (SELECT (b.current_stage, (SELECT count(*) FROM workshop.batch_stage_history h WHERE h.batch_id = b.id))::text
     FROM workshop.batches b WHERE b.id = 'd7000000-0000-4000-8000-000000000001'),
  ('Sanding', 1)::text, 'the refused move changed nothing and logged nothing');
SELECT lives_ok(
  $$SELECT workshop.advance_batch('d7000000-0000-4000-8000-000000000001', 'grain raised, second pass done')$$,
  'advance_batch Sanding to Finishing');
SELECT is(
  (SELECT reason FROM workshop.batch_stage_history WHERE batch_id = 'd7000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1),
  'grain raised, second pass done', 'with its reason in the history');

-- Rework.
SELECT test_helpers.throws_rule(
  $$SELECT workshop.rework_batch('d7000000-0000-4000-8000-000000000001', 'Sanding', 'finish too thin')$$,
  '23514', 'batch_stage_progression', 'no rework while the quality is good');
UPDATE workshop.batches SET quality_status = 'warning' WHERE id = 'd7000000-0000-4000-8000-000000000001';
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batches SET current_stage = 'Sanding' WHERE id = 'd7000000-0000-4000-8000-000000000001'$$,
  '23514', 'batch_stage_progression', 'no rework without a reason');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.rework_batch('d7000000-0000-4000-8000-000000000001', 'Sanding', '   ')$$,
  '23514', 'batch_stage_progression', 'a blank reason is no reason');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.rework_batch('d7000000-0000-4000-8000-000000000001', 'Sub-Assembly', 'forward')$$,
  '23514', 'batch_stage_progression', 'rework_batch does not move forward');
SELECT is((SELECT count(*) FROM workshop.batch_stage_history WHERE batch_id = 'd7000000-0000-4000-8000-000000000001'),
  2::bigint, 'the refused reworks logged nothing');
SELECT lives_ok(
  $$SELECT workshop.rework_batch('d7000000-0000-4000-8000-000000000001', 'Intake', 'blanks cracked')$$,
  'with a warning and a reason, a batch goes back two stages');
SELECT results_eq(
  $$SELECT from_stage::text, to_stage::text, kind::text, reason FROM workshop.batch_stage_history
     WHERE batch_id = 'd7000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1$$,
  $$VALUES ('Finishing', 'Intake', 'rework', 'blanks cracked')$$,
  'the rework is logged with its reason');
SET LOCAL workshop.change_reason = 'again';
SELECT lives_ok(
  $$UPDATE workshop.batches SET current_stage = 'Sanding' WHERE id = 'd7000000-0000-4000-8000-000000000001'$$,
  'a direct UPDATE advances with the setting workshop.change_reason');
SET LOCAL workshop.change_reason = '';

-- Shipping needs good quality.
UPDATE workshop.batches SET quality_status = 'good' WHERE id = 'd7000000-0000-4000-8000-000000000001';
SELECT count(workshop.advance_batch('d7000000-0000-4000-8000-000000000001')) AS advanced FROM generate_series(1, 4) \gset
UPDATE workshop.batches SET quality_status = 'critical' WHERE id = 'd7000000-0000-4000-8000-000000000001';
SELECT test_helpers.throws_rule(
  $$SELECT workshop.advance_batch('d7000000-0000-4000-8000-000000000001')$$,
  '23514', 'batch_stage_progression', 'Acoustic QC to Shipping is refused with critical quality');
SELECT lives_ok(
  $$UPDATE workshop.batches SET quality_status = 'good', current_stage = 'Shipping' WHERE id = 'd7000000-0000-4000-8000-000000000001'$$,
  'with the quality set good in the same statement it moves into Shipping');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.advance_batch('d7000000-0000-4000-8000-000000000001')$$,
  '23514', 'batch_stage_progression', 'nothing lies beyond Shipping');

-- A complete batch never moves.
SELECT workshop.complete_batch('d7000000-0000-4000-8000-000000000001') IS NOT NULL AS completed \gset
UPDATE workshop.batches SET quality_status = 'good' WHERE id = 'd7000000-0000-4000-8000-000000000001';
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.batches SET current_stage = 'Acoustic QC' WHERE id = 'd7000000-0000-4000-8000-000000000001'$$,
  '23514', 'batch_stage_progression', 'a complete batch does not move back');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.rework_batch('d7000000-0000-4000-8000-000000000001', 'Acoustic QC', 'regret')$$,
  '23514', 'batch_stage_progression', 'nor through rework_batch');
SELECT results_eq(
  $$SELECT kind::text, count(*)::int FROM workshop.batch_stage_history
     WHERE batch_id = 'd7000000-0000-4000-8000-000000000001' GROUP BY 1 ORDER BY 1$$,
  $$VALUES ('advance', 8), ('rework', 1)$$,
  'every move, and only the moves made, are in the history');
SELECT is(
  (SELECT count(*) FROM workshop.batch_stage_history h
    WHERE h.batch_id = 'd7000000-0000-4000-8000-000000000001' AND h.moved_by IS DISTINCT FROM 'a7000000-0000-4000-8000-000000000001'),
  0::bigint, 'all by the acting worker');

SELECT * FROM finish();
ROLLBACK;
