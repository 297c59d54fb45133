-- workshop.stage_workload: every stage, open batches only, active memberships only.
BEGIN;
SELECT plan(4);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7100000-0000-4000-8000-000000000001', 'Workload Manager', 'workload.manager@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7100000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT v.id::uuid, v.num, m.id, v.wood::workshop.wood_type
  FROM (VALUES ('b7100000-0000-4000-8000-000000000001', 'SW-O1', 'Atticus', 'Cherry'),
               ('b7100000-0000-4000-8000-000000000002', 'SW-O2', 'Eikon',   'Walnut'),
               ('b7100000-0000-4000-8000-000000000003', 'SW-O3', 'Verite',  'Sapele'),
               ('b7100000-0000-4000-8000-000000000004', 'SW-O4', 'Caldera', 'Ziricote'),
               ('b7100000-0000-4000-8000-000000000005', 'SW-O5', 'Auteur',  'Cherry')) v (id, num, model, wood)
  JOIN workshop.headphone_models m ON m.name = v.model;

-- SW-B1 at Intake: Atticus and Eikon; the Verite joined and left (does not count).
SELECT id AS b1 FROM workshop.create_batch('SW-B1') \gset
SELECT workshop.add_order_to_batch(:'b1', 'b7100000-0000-4000-8000-000000000001');
SELECT workshop.add_order_to_batch(:'b1', 'b7100000-0000-4000-8000-000000000002');
SELECT workshop.add_order_to_batch(:'b1', 'b7100000-0000-4000-8000-000000000003');
SELECT workshop.remove_order_from_batch(:'b1', 'b7100000-0000-4000-8000-000000000003', 'regrouped');
-- SW-B2 at Sanding: a Caldera. SW-B3 at Sanding: empty.
SELECT id AS b2 FROM workshop.create_batch('SW-B2', 'rush') \gset
SELECT workshop.add_order_to_batch(:'b2', 'b7100000-0000-4000-8000-000000000004');
SELECT workshop.advance_batch(:'b2');
SELECT id AS b3 FROM workshop.create_batch('SW-B3') \gset
SELECT workshop.advance_batch(:'b3');
-- SW-B4: complete (an Auteur shipped): no workload left.
SELECT id AS b4 FROM workshop.create_batch('SW-B4') \gset
SELECT workshop.add_order_to_batch(:'b4', 'b7100000-0000-4000-8000-000000000005');
SELECT workshop.advance_batch(:'b4') FROM generate_series(1, 6);
SELECT workshop.complete_batch(:'b4');

SELECT results_eq(
  $$SELECT stage::text, stage_position, open_batches, order_count, stage_estimated_hours, remaining_estimated_hours
      FROM workshop.stage_workload$$,
  $$VALUES ('Intake',         1, 1::bigint, 2::bigint, 0.70, 14.00),
           ('Sanding',        2, 2::bigint, 1::bigint, 2.80, 13.30),
           ('Finishing',      3, 0::bigint, 0::bigint, 0,    0),
           ('Sub-Assembly',   4, 0::bigint, 0::bigint, 0,    0),
           ('Final Assembly', 5, 0::bigint, 0::bigint, 0,    0),
           ('Acoustic QC',    6, 0::bigint, 0::bigint, 0,    0),
           ('Shipping',       7, 0::bigint, 0::bigint, 0,    0)$$,
  'all seven stages in order: open batches, their active orders, hours of the stage and of what remains');

-- Moving SW-B1 on moves its work with it.
SELECT workshop.advance_batch(:'b1');
SELECT results_eq(
  $$SELECT stage::text, open_batches, order_count, stage_estimated_hours, remaining_estimated_hours
      FROM workshop.stage_workload WHERE stage IN ('Intake', 'Sanding')$$,
  $$VALUES ('Intake', 0::bigint, 0::bigint, 0, 0), ('Sanding', 3::bigint, 3::bigint, 5.60, 26.60)$$,
  'after SW-B1 advances, Intake is empty and Sanding carries its orders (remaining excludes Intake)');

SELECT ok((SELECT reloptions @> ARRAY['security_invoker=true'] FROM pg_class WHERE oid = 'workshop.stage_workload'::regclass),
  'stage_workload is security_invoker');
SELECT ok(NOT has_table_privilege('anon', 'workshop.stage_workload', 'SELECT'), 'anon cannot read it');

SELECT * FROM finish();
ROLLBACK;
