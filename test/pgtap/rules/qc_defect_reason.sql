-- Rule qc_defect_reason: a failed quality check names its defect (CHECK constraint).
BEGIN;
SELECT plan(6);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a9000000-0000-4000-8000-000000000001', 'QC Tester', 'qc.tester@example.com', 'worker');
SET LOCAL workshop.worker_id = 'a9000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
VALUES ('b9000000-0000-4000-8000-000000000001', 'QC-1', (SELECT id FROM workshop.headphone_models WHERE name = 'Verite'), 'Cocobolo');
INSERT INTO workshop.batches (id, batch_number) VALUES ('d9000000-0000-4000-8000-000000000001', 'QC-B1');
INSERT INTO workshop.batch_orders (batch_id, order_id) VALUES ('d9000000-0000-4000-8000-000000000001', 'b9000000-0000-4000-8000-000000000001');

SELECT test_helpers.throws_rule(
  $$SELECT workshop.record_quality_check('d9000000-0000-4000-8000-000000000001', 'b9000000-0000-4000-8000-000000000001', 'grain matched', false)$$,
  '23514', 'qc_defect_reason', 'a failed check without a defect reason is refused');
SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.quality_checks (batch_id, order_id, item, passed, defect_reason)
    VALUES ('d9000000-0000-4000-8000-000000000001', 'b9000000-0000-4000-8000-000000000001', 'grain matched', false, '  ')$$,
  '23514', 'qc_defect_reason', 'a blank defect reason is no reason');
SELECT is((SELECT count(*) FROM workshop.quality_checks WHERE batch_id = 'd9000000-0000-4000-8000-000000000001'), 0::bigint,
  'the refused checks wrote nothing');
SELECT lives_ok(
  $$SELECT workshop.record_quality_check('d9000000-0000-4000-8000-000000000001', 'b9000000-0000-4000-8000-000000000001', 'grain matched', false, 'left cup darker')$$,
  'a failed check with its defect is recorded');
SELECT lives_ok(
  $$SELECT workshop.record_quality_check('d9000000-0000-4000-8000-000000000001', 'b9000000-0000-4000-8000-000000000001', 'blanks graded', true)$$,
  'a passed check needs no defect reason');
SELECT is((SELECT count(*) FROM workshop.quality_checks WHERE batch_id = 'd9000000-0000-4000-8000-000000000001'), 2::bigint,
  'both are recorded');

SELECT * FROM finish();
ROLLBACK;
