-- workshop.order_due_risk: open orders projected to finish after their due date.
BEGIN;
SELECT plan(6);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7200000-0000-4000-8000-000000000001', 'Risk Manager', 'risk.manager@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7200000-0000-4000-8000-000000000001';
-- Two hours of work a day: 14 h take 7 days.
SET LOCAL workshop.daily_capacity_hours = '2';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type, priority, due_date)
SELECT v.id::uuid, v.num, m.id, v.wood::workshop.wood_type, v.prio::workshop.batch_priority, CURRENT_DATE + v.due
  FROM (VALUES ('b7200000-0000-4000-8000-000000000001', 'DR-O1', 'Caldera', 'Ziricote', 'rush',     3),
               ('b7200000-0000-4000-8000-000000000002', 'DR-O2', 'Atticus', 'Cherry',   'rush',     30),
               ('b7200000-0000-4000-8000-000000000003', 'DR-O3', 'Auteur',  'Walnut',   'high',     2),
               ('b7200000-0000-4000-8000-000000000004', 'DR-O4', 'Eikon',   'Sapele',   'rush',     20),
               ('b7200000-0000-4000-8000-000000000005', 'DR-O5', 'Verite',  'Cherry',   'low',      -1),
               ('b7200000-0000-4000-8000-000000000006', 'DR-O6', 'Atticus', 'Walnut',   'rush',     -5),
               ('b7200000-0000-4000-8000-000000000007', 'DR-O7', 'Caldera', 'Walnut',   'rush',     NULL)) v (id, num, model, wood, prio, due)
  JOIN workshop.headphone_models m ON m.name = v.model;
-- DR-O3 (high) and DR-O4 wait for their batch at Sanding: (12 - 0.6) + (8 - 0.4) = 19 h.
SELECT id AS b1 FROM workshop.create_batch('DR-B1') \gset
SELECT workshop.add_order_to_batch(:'b1', 'b7200000-0000-4000-8000-000000000003');
SELECT workshop.add_order_to_batch(:'b1', 'b7200000-0000-4000-8000-000000000004');
SELECT workshop.advance_batch(:'b1');
-- DR-O6 is cancelled: not open.
SELECT workshop.set_order_status('b7200000-0000-4000-8000-000000000006', 'cancelled', 'customer withdrew');

SELECT results_eq(
  $$SELECT order_number, priority::text, status::text, batch_number, current_stage::text,
           remaining_estimated_hours, daily_capacity_hours, is_past_due
      FROM workshop.order_due_risk WHERE order_number LIKE 'DR-%'$$,
  $$VALUES ('DR-O1', 'rush', 'pending',       NULL,    NULL,      14.00, 2::numeric, false),
           ('DR-O3', 'high', 'in_production', 'DR-B1', 'Sanding', 19.00, 2::numeric, false),
           ('DR-O5', 'low',  'pending',       NULL,    NULL,      10.00, 2::numeric, true)$$,
  'late orders, rush first: unbatched count their model''s hours, batched ones their batch''s remaining hours');
SELECT is_empty(
  $$SELECT 1 FROM workshop.order_due_risk WHERE order_number IN ('DR-O2', 'DR-O4', 'DR-O6', 'DR-O7')$$,
  'orders that will make it, cancelled ones and orders without due date are not listed');
SELECT results_eq(
  $$SELECT order_number, projected_finish, days_late FROM workshop.order_due_risk WHERE order_number LIKE 'DR-%'$$,
  $$VALUES ('DR-O1', now() + interval '7 days',  (now() + interval '7 days')::date - (CURRENT_DATE + 3)),
           ('DR-O3', now() + interval '9.5 days', (now() + interval '9.5 days')::date - (CURRENT_DATE + 2)),
           ('DR-O5', now() + interval '5 days',  (now() + interval '5 days')::date - (CURRENT_DATE - 1))$$,
  'projected finish = now + remaining hours / daily capacity days; days_late from the due date');

-- An unusable setting falls back to 16 h a day: 14 h no longer miss a due date 3 days out.
SET LOCAL workshop.daily_capacity_hours = 'lots';
SELECT results_eq(
  $$SELECT order_number, daily_capacity_hours FROM workshop.order_due_risk WHERE order_number LIKE 'DR-%'$$,
  $$VALUES ('DR-O5', 16::numeric)$$,
  'without a usable workshop.daily_capacity_hours the capacity is 16 h a day');

SELECT ok((SELECT reloptions @> ARRAY['security_invoker=true'] FROM pg_class WHERE oid = 'workshop.order_due_risk'::regclass),
  'order_due_risk is security_invoker');
SELECT hasnt_column('workshop', 'order_due_risk', 'internal_notes', 'order_due_risk never shows internal_notes');

SELECT * FROM finish();
ROLLBACK;
