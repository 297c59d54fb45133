-- workshop.defect_summary: failed checks by reason, model, wood and stage, with rates.
BEGIN;
SELECT plan(3);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7400000-0000-4000-8000-000000000001', 'Defect Manager', 'defect.manager@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7400000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT v.id::uuid, v.num, m.id, v.wood::workshop.wood_type
  FROM (VALUES ('b7400000-0000-4000-8000-000000000001', 'DS-O1', 'Atticus', 'Walnut'),
               ('b7400000-0000-4000-8000-000000000002', 'DS-O2', 'Atticus', 'Walnut'),
               ('b7400000-0000-4000-8000-000000000003', 'DS-O3', 'Eikon',   'Cherry')) v (id, num, model, wood)
  JOIN workshop.headphone_models m ON m.name = v.model;
SELECT id AS b1 FROM workshop.create_batch('DS-B1') \gset
SELECT workshop.add_order_to_batch(:'b1', o) FROM unnest(ARRAY[
  'b7400000-0000-4000-8000-000000000001', 'b7400000-0000-4000-8000-000000000002',
  'b7400000-0000-4000-8000-000000000003']::uuid[]) o;
-- Atticus/Walnut at Intake: 4 checks, 3 failed (tear-out twice, glue line once).
SELECT workshop.record_quality_check(:'b1', 'b7400000-0000-4000-8000-000000000001', 'blanks graded', false, 'tear-out');
SELECT workshop.record_quality_check(:'b1', 'b7400000-0000-4000-8000-000000000001', 'spec confirmed', true);
SELECT workshop.record_quality_check(:'b1', 'b7400000-0000-4000-8000-000000000002', 'blanks graded', false, 'tear-out');
SELECT workshop.record_quality_check(:'b1', 'b7400000-0000-4000-8000-000000000002', 'spec confirmed', false, 'glue line');
-- Eikon/Cherry at Intake: 2 checks, 1 failed; the reason is compared trimmed.
SELECT workshop.record_quality_check(:'b1', 'b7400000-0000-4000-8000-000000000003', 'spec confirmed', true);
SELECT workshop.record_quality_check(:'b1', 'b7400000-0000-4000-8000-000000000003', 'blanks graded', false, '  tear-out ');

SELECT results_eq(
  $$SELECT defect_reason, model_name, wood_type::text, stage::text, defects, orders_affected, checks,
           failed_checks, defect_rate_percent, share_of_failures_percent
      FROM workshop.defect_summary$$,
  $$VALUES ('tear-out',  'Atticus', 'Walnut', 'Intake', 2::bigint, 2::bigint, 4::bigint, 3::bigint, 50.00, 66.67),
           ('glue line', 'Atticus', 'Walnut', 'Intake', 1::bigint, 1::bigint, 4::bigint, 3::bigint, 25.00, 33.33),
           ('tear-out',  'Eikon',   'Cherry', 'Intake', 1::bigint, 1::bigint, 2::bigint, 1::bigint, 50.00, 100.00)$$,
  'per reason, model, wood and stage: defects, orders, and the rates against all and failed checks; most frequent first');
SELECT is((SELECT model_id FROM workshop.defect_summary WHERE model_name = 'Eikon'),
  (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'model_id is the model''s id');
SELECT ok((SELECT reloptions @> ARRAY['security_invoker=true'] FROM pg_class WHERE oid = 'workshop.defect_summary'::regclass),
  'defect_summary is security_invoker');

SELECT * FROM finish();
ROLLBACK;
