-- workshop.estimate_accuracy: logged stage hours apportioned to the orders by their
-- models' stage estimates; finished stages only.
BEGIN;
SELECT plan(4);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7300000-0000-4000-8000-000000000001', 'Accuracy Manager', 'accuracy.manager@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7300000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT v.id::uuid, v.num, m.id, v.wood::workshop.wood_type
  FROM (VALUES ('b7300000-0000-4000-8000-000000000001', 'EA-O1', 'Atticus', 'Cherry'),
               ('b7300000-0000-4000-8000-000000000002', 'EA-O2', 'Auteur',  'Cherry'),
               ('b7300000-0000-4000-8000-000000000003', 'EA-O3', 'Atticus', 'Cherry')) v (id, num, model, wood)
  JOIN workshop.headphone_models m ON m.name = v.model;

-- EA-B1: Atticus (Intake 0.3 h) + Auteur (0.6 h); 1.8 h logged at Intake are 0.6 + 1.2.
-- It is now at Sanding: the 3 h logged there are not counted yet.
SELECT id AS b1 FROM workshop.create_batch('EA-B1') \gset
SELECT workshop.add_order_to_batch(:'b1', 'b7300000-0000-4000-8000-000000000001');
SELECT workshop.add_order_to_batch(:'b1', 'b7300000-0000-4000-8000-000000000002');
SELECT workshop.log_work(:'b1', 1.8);
SELECT workshop.advance_batch(:'b1');
SELECT workshop.log_work(:'b1', 3.0);
-- EA-B2: one Atticus, complete: 0.15 h at Intake, 0.3 h at Shipping.
SELECT id AS b2 FROM workshop.create_batch('EA-B2') \gset
SELECT workshop.add_order_to_batch(:'b2', 'b7300000-0000-4000-8000-000000000003');
SELECT workshop.log_work(:'b2', 0.15);
SELECT workshop.advance_batch(:'b2') FROM generate_series(1, 6);
SELECT workshop.log_work(:'b2', 0.3);
SELECT workshop.complete_batch(:'b2');
-- EA-B3: no orders; its hours cannot be apportioned.
SELECT id AS b3 FROM workshop.create_batch('EA-B3') \gset
SELECT workshop.log_work(:'b3', 1.0);
SELECT workshop.advance_batch(:'b3');

SELECT results_eq(
  $$SELECT model_name, wood_type::text, stage::text, batches, orders, estimated_hours, actual_hours,
           variance_hours, variance_percent
      FROM workshop.estimate_accuracy$$,
  $$VALUES ('Atticus', 'Cherry', 'Intake',   2::bigint, 2::bigint, 0.60, 0.75, 0.15, 25.0),
           ('Atticus', 'Cherry', 'Shipping', 1::bigint, 1::bigint, 0.30, 0.30, 0.00, 0.0),
           ('Auteur',  'Cherry', 'Intake',   1::bigint, 1::bigint, 0.60, 1.20, 0.60, 100.0)$$,
  'per model, wood and finished stage: apportioned actual vs estimated hours');
SELECT is((SELECT model_id FROM workshop.estimate_accuracy WHERE model_name = 'Auteur'),
  (SELECT id FROM workshop.headphone_models WHERE name = 'Auteur'), 'model_id is the model''s id');

-- Once EA-B1 moves on, its Sanding hours count: Atticus 1.2 h vs Auteur 2.4 h of 3 h.
SELECT workshop.advance_batch(:'b1');
SELECT results_eq(
  $$SELECT model_name, estimated_hours, actual_hours FROM workshop.estimate_accuracy WHERE stage = 'Sanding'$$,
  $$VALUES ('Atticus', 1.20, 1.00), ('Auteur', 2.40, 2.00)$$,
  'a stage counts once the batch has moved past it');

SELECT ok((SELECT reloptions @> ARRAY['security_invoker=true'] FROM pg_class WHERE oid = 'workshop.estimate_accuracy'::regclass),
  'estimate_accuracy is security_invoker');

SELECT * FROM finish();
ROLLBACK;
