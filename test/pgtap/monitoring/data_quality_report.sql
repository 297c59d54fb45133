-- workshop.data_quality_report: one row per soft-rule violation.
BEGIN;
SELECT plan(10);

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a7600000-0000-4000-8000-000000000001', 'e7600000-0000-4000-8000-000000000001', 'Quality Manager', 'quality.manager@example.com', 'manager'),
  ('a7600000-0000-4000-8000-000000000002', 'e7600000-0000-4000-8000-000000000002', 'Quality Worker', 'quality.worker@example.com', 'worker');
SET LOCAL workshop.worker_id = 'a7600000-0000-4000-8000-000000000001';

-- A model whose stage estimates (1 + 2 = 3 h) do not sum to its 5 h.
INSERT INTO workshop.headphone_models (id, name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
VALUES ('f7600000-0000-4000-8000-000000000001', 'Quality Probe', 'QPR', 'low', 5, '{Walnut}', 100);
INSERT INTO workshop.model_production_stages (model_id, stage, estimated_hours, display_order) VALUES
  ('f7600000-0000-4000-8000-000000000001', 'Intake', 1, 1),
  ('f7600000-0000-4000-8000-000000000001', 'Sanding', 2, 2);

INSERT INTO workshop.orders (id, order_number, model_id, wood_type, due_date)
SELECT v.id::uuid, v.num, m.id, 'Cherry', CURRENT_DATE + v.due
  FROM (VALUES ('b7600000-0000-4000-8000-000000000001', 'DQ-O1', -3),    -- past due, pending
               ('b7600000-0000-4000-8000-000000000002', 'DQ-O2', -3),    -- past due, but cancelled
               ('b7600000-0000-4000-8000-000000000003', 'DQ-O3', 10),    -- in_production, no batch
               ('b7600000-0000-4000-8000-000000000004', 'DQ-O4', 10),    -- in an open batch
               ('b7600000-0000-4000-8000-000000000005', 'DQ-O5', NULL)) v (id, num, due)
  JOIN workshop.headphone_models m ON m.name = 'Atticus';
SELECT workshop.set_order_status('b7600000-0000-4000-8000-000000000002', 'cancelled', 'withdrawn');
SELECT workshop.set_order_status('b7600000-0000-4000-8000-000000000003', 'in_production', 'started by hand');

-- DQ-B1 created 10 days ago, still at Intake: stuck. DQ-B2 created 30 days ago but just
-- moved (batch_stage_history): not stuck. DQ-B3 holds DQ-O4.
SELECT id AS b1 FROM workshop.create_batch('DQ-B1') \gset
SELECT id AS b2 FROM workshop.create_batch('DQ-B2') \gset
SELECT id AS b3 FROM workshop.create_batch('DQ-B3') \gset
SELECT workshop.add_order_to_batch(:'b3', 'b7600000-0000-4000-8000-000000000004');
SELECT workshop.advance_batch(:'b2');
UPDATE workshop.batches SET created_at = now() - interval '10 days' WHERE id = :'b1';
UPDATE workshop.batches SET created_at = now() - interval '30 days' WHERE id IN (:'b2', :'b3');

-- History gaps, made as a bulk load with triggers off would: DQ-O5's status changed
-- without history; DQ-O6 inserted without any.
SET LOCAL session_replication_role = replica;
UPDATE workshop.orders SET status = 'on_hold' WHERE id = 'b7600000-0000-4000-8000-000000000005';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT 'b7600000-0000-4000-8000-000000000006', 'DQ-O6', id, 'Walnut' FROM workshop.headphone_models WHERE name = 'Eikon';
RESET session_replication_role;

SELECT results_eq(
  $$SELECT check_name, subject_kind, subject_label FROM workshop.data_quality_report()
     WHERE subject_label LIKE 'DQ-%' OR subject_label = 'Quality Probe'$$,
  $$VALUES ('batch_stuck_at_stage', 'batch', 'DQ-B1'),
           ('batch_stuck_at_stage', 'batch', 'DQ-B3'),
           ('order_in_production_without_batch', 'order', 'DQ-O3'),
           ('order_past_due', 'order', 'DQ-O1'),
           ('order_status_history_gap', 'order', 'DQ-O5'),
           ('order_status_history_gap', 'order', 'DQ-O6'),
           ('stage_estimates_match', 'model', 'Quality Probe')$$,
  'one row per violation, by check and subject; cancelled, batched, recently moved and logged subjects are clean');
SELECT results_eq(
  $$SELECT subject_id, detail FROM workshop.data_quality_report()
     WHERE subject_label IN ('Quality Probe', 'DQ-O1', 'DQ-O5', 'DQ-O6') ORDER BY subject_label$$,
  $$VALUES ('b7600000-0000-4000-8000-000000000001'::uuid, format('due %s, 3 days ago, status pending', CURRENT_DATE - 3)),
           ('b7600000-0000-4000-8000-000000000005'::uuid, 'status on_hold, but the latest order_status_history row says pending'),
           ('b7600000-0000-4000-8000-000000000006'::uuid, 'status pending, but no order_status_history row'),
           ('f7600000-0000-4000-8000-000000000001'::uuid, 'stage estimates sum to 3.00 h over 2 stages, the model says 5.00 h')$$,
  'subject ids and details name the values');
SELECT matches((SELECT detail FROM workshop.data_quality_report() WHERE subject_label = 'DQ-B1'),
  '^at Intake since .* \(10 days; threshold 7 days\)$', 'a stuck batch says where and for how long');
SELECT results_eq(
  $$SELECT subject_label FROM workshop.data_quality_report(interval '20 days')
     WHERE check_name = 'batch_stuck_at_stage' AND subject_label LIKE 'DQ-%'$$,
  $$VALUES ('DQ-B3')$$, 'the threshold is an argument');

-- Past due in every status (inserted as a bulk load with triggers off would, so that no
-- transition rule stands in the way): reported while open, not once closed. The check
-- names the open statuses, for its index (functions/data_quality_report): a new label
-- of order_status must be placed on one side, which the second test holds.
SET LOCAL session_replication_role = replica;
INSERT INTO workshop.orders (order_number, model_id, wood_type, due_date, status)
SELECT 'DQ-S-' || s, m.id, 'Cherry', CURRENT_DATE - 1, s
  FROM unnest(enum_range(NULL::workshop.order_status)) s
 CROSS JOIN (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus') m;
RESET session_replication_role;
SELECT results_eq(
  $$SELECT subject_label FROM workshop.data_quality_report()
     WHERE check_name = 'order_past_due' AND subject_label LIKE 'DQ-S-%' ORDER BY 1$$,
  $$VALUES ('DQ-S-in_production'), ('DQ-S-on_hold'), ('DQ-S-pending'), ('DQ-S-ready_to_ship')$$,
  'past due is reported in the open statuses, not once shipped, delivered or cancelled');
SELECT is(enum_range(NULL::workshop.order_status)::text[],
  ARRAY['pending', 'in_production', 'on_hold', 'ready_to_ship', 'shipped', 'delivered', 'cancelled'],
  'order_status has the seven labels the past-due check splits into open and closed');
SELECT is_empty(
  $$SELECT 1 FROM workshop.data_quality_report()
     WHERE check_name = 'stage_estimates_match' AND subject_label IN ('Atticus', 'Eikon', 'Verite', 'Auteur', 'Caldera')$$,
  'the reference models pass stage_estimates_match');

-- Managers and admins only.
SET LOCAL ROLE authenticated;
SELECT set_config('request.jwt.claims', '{"sub":"e7600000-0000-4000-8000-000000000002","role":"authenticated"}', true);
SELECT throws_ok($$SELECT * FROM workshop.data_quality_report()$$, '42501', NULL, 'a worker may not run it');
RESET ROLE;
SELECT ok(NOT has_function_privilege('anon', 'workshop.data_quality_report(interval)', 'EXECUTE'), 'anon may not run it');
SELECT ok(NOT (SELECT prosecdef FROM pg_proc WHERE oid = 'workshop.data_quality_report(interval)'::regprocedure),
  'it reads with the caller''s rights (SECURITY INVOKER)');

SELECT * FROM finish();
ROLLBACK;
