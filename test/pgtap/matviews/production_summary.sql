-- workshop_private.production_summary (reworked after v1.0.0): after a refresh it holds
-- what the released definition computes, on open, empty, reworked and complete batches,
-- an order removed from a batch and an order built in a later batch. Fixtures go through
-- the API functions.
BEGIN;
SELECT plan(8);

-- The released definition (matviews/production_summary@v1.0.0), as a reference.
CREATE TEMP VIEW released_summary AS
  WITH member AS (
    SELECT bo.batch_id, o.id AS order_id, o.model_id, b.current_stage, b.is_complete
      FROM workshop.batch_orders bo
      JOIN workshop.batches b ON b.id = bo.batch_id
      JOIN workshop.orders o ON o.id = bo.order_id
     WHERE bo.is_active
        OR (b.is_complete
            AND o.status IN ('shipped', 'delivered')
            AND NOT EXISTS (SELECT FROM workshop.batch_orders later
                             WHERE later.order_id = bo.order_id AND later.added_at > bo.added_at))
  ),
  orders_agg AS (
    SELECT m.batch_id, count(*) AS order_count
      FROM member m
     GROUP BY m.batch_id
  ),
  -- models[i] is the model named model_names[i], sorted by name.
  models_agg AS (
    SELECT d.batch_id,
           array_agg(d.model_id ORDER BY d.name) AS models,
           array_agg(d.name ORDER BY d.name) AS model_names
      FROM (SELECT DISTINCT m.batch_id, m.model_id, hm.name
              FROM member m
              JOIN workshop.headphone_models hm ON hm.id = m.model_id) d
     GROUP BY d.batch_id
  ),
  hours_agg AS (
    SELECT m.batch_id,
           sum(s.estimated_hours) AS estimated_hours,
           COALESCE(sum(s.estimated_hours) FILTER (WHERE NOT m.is_complete AND s.stage >= m.current_stage), 0)
             AS remaining_estimated_hours
      FROM member m
      JOIN workshop.model_production_stages s ON s.model_id = m.model_id
     GROUP BY m.batch_id
  ),
  work_agg AS (
    SELECT w.batch_id, sum(w.hours) AS actual_hours
      FROM workshop.work_logs w
     GROUP BY w.batch_id
  )
  SELECT b.id                                    AS batch_id,
         b.batch_number,
         b.current_stage,
         b.priority,
         b.quality_status,
         b.target_completion,
         b.actual_completion,
         b.is_complete,
         COALESCE(oa.order_count, 0)             AS order_count,
         COALESCE(ma.models, '{}')               AS models,
         COALESCE(ma.model_names, '{}')          AS model_names,
         COALESCE(ha.estimated_hours, 0)         AS estimated_hours,
         COALESCE(ha.remaining_estimated_hours, 0) AS remaining_estimated_hours,
         COALESCE(wa.actual_hours, 0)            AS actual_hours
    FROM workshop.batches b
    LEFT JOIN orders_agg oa ON oa.batch_id = b.id
    LEFT JOIN models_agg ma ON ma.batch_id = b.id
    LEFT JOIN hours_agg ha ON ha.batch_id = b.id
    LEFT JOIN work_agg wa ON wa.batch_id = b.id;

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a7100000-0000-4000-8000-000000000001', 'e7100000-0000-4000-8000-000000000001', 'Matview Manager', 'matview.manager@example.com', 'manager');
INSERT INTO workshop.customers (id, auth_user_id, name, email) VALUES
  ('c7100000-0000-4000-8000-000000000001', 'e7100000-0000-4000-8000-000000000009', 'Matview Customer', 'matview.customer@example.com');
SET LOCAL workshop.worker_id = 'a7100000-0000-4000-8000-000000000001';

INSERT INTO workshop.orders (id, order_number, customer_id, model_id, wood_type)
SELECT v.id::uuid, v.num, 'c7100000-0000-4000-8000-000000000001', m.id, v.wood::workshop.wood_type
  FROM (VALUES ('b7100000-0000-4000-8000-000000000001', 'MS-O1', 'Atticus', 'Cherry'),
               ('b7100000-0000-4000-8000-000000000002', 'MS-O2', 'Auteur',  'Walnut'),
               ('b7100000-0000-4000-8000-000000000003', 'MS-O3', 'Eikon',   'Sapele'),
               ('b7100000-0000-4000-8000-000000000004', 'MS-O4', 'Verite',  'Cocobolo'),
               ('b7100000-0000-4000-8000-000000000005', 'MS-O5', 'Caldera', 'Ziricote'),
               ('b7100000-0000-4000-8000-000000000006', 'MS-O6', 'Atticus', 'Walnut')) v (id, num, model, wood)
  JOIN workshop.headphone_models m ON m.name = v.model;

-- MS-B1: open, reworked from Sub-Assembly back to Sanding; MS-O5 was removed from it.
SELECT id AS b1 FROM workshop.create_batch('MS-B1', 'rush') \gset
SELECT workshop.add_order_to_batch(:'b1', 'b7100000-0000-4000-8000-000000000001');
SELECT workshop.add_order_to_batch(:'b1', 'b7100000-0000-4000-8000-000000000002');
SELECT workshop.add_order_to_batch(:'b1', 'b7100000-0000-4000-8000-000000000005');
SELECT workshop.advance_batch(:'b1') FROM generate_series(1, 3);
SELECT workshop.log_work(:'b1', 2.0, 'Sanding');
SELECT workshop.remove_order_from_batch(:'b1', 'b7100000-0000-4000-8000-000000000005', 'regrouped');
SELECT workshop.set_batch_quality(:'b1', 'warning', 'glue marks');
SELECT workshop.rework_batch(:'b1', 'Sanding', 'glue marks');
-- MS-B2: open, empty.
SELECT id AS b2 FROM workshop.create_batch('MS-B2') \gset
-- MS-B3: complete; MS-O4 left it on the way and was built in MS-B4.
SELECT id AS b3 FROM workshop.create_batch('MS-B3', 'low') \gset
SELECT workshop.add_order_to_batch(:'b3', 'b7100000-0000-4000-8000-000000000003');
SELECT workshop.add_order_to_batch(:'b3', 'b7100000-0000-4000-8000-000000000004');
SELECT workshop.advance_batch(:'b3') FROM generate_series(1, 2);
SELECT workshop.remove_order_from_batch(:'b3', 'b7100000-0000-4000-8000-000000000004', 'regrouped');
-- The memberships of MS-B3 date from an earlier transaction than those of MS-B4 (in one
-- transaction now() ties, and the released definition would count MS-O4 in both).
UPDATE workshop.batch_orders SET added_at = added_at - interval '1 hour' WHERE batch_id = :'b3';
SELECT workshop.advance_batch(:'b3') FROM generate_series(1, 4);
SELECT workshop.log_work(:'b3', 1.5, 'Shipping');
SELECT workshop.complete_batch(:'b3');
-- MS-B4: complete, with the order that left MS-B3.
SELECT id AS b4 FROM workshop.create_batch('MS-B4') \gset
SELECT workshop.add_order_to_batch(:'b4', 'b7100000-0000-4000-8000-000000000004');
SELECT workshop.add_order_to_batch(:'b4', 'b7100000-0000-4000-8000-000000000006');
SELECT workshop.advance_batch(:'b4') FROM generate_series(1, 6);
SELECT workshop.complete_batch(:'b4');
-- MS-B5: complete without orders.
SELECT id AS b5 FROM workshop.create_batch('MS-B5') \gset
SELECT workshop.advance_batch(:'b5') FROM generate_series(1, 6);
SELECT workshop.complete_batch(:'b5');
-- MS-B6: open, at Finishing, with the order removed from MS-B1.
SELECT id AS b6 FROM workshop.create_batch('MS-B6') \gset
SELECT workshop.add_order_to_batch(:'b6', 'b7100000-0000-4000-8000-000000000005');
SELECT workshop.advance_batch(:'b6') FROM generate_series(1, 2);

SELECT is((SELECT status FROM workshop.refresh_production_summary()), 'refreshed', 'refresh: refreshed');
SELECT results_eq(
  $$SELECT * FROM workshop_private.production_summary WHERE batch_number LIKE 'MS-B%' ORDER BY batch_number$$,
  $$SELECT * FROM released_summary WHERE batch_number LIKE 'MS-B%' ORDER BY batch_number$$,
  'every column of every batch equals the released definition''s');
SELECT results_eq(
  $$SELECT batch_number, is_complete, order_count, model_names, estimated_hours, actual_hours
      FROM workshop_private.production_summary WHERE batch_number LIKE 'MS-B%' ORDER BY batch_number$$,
  $$VALUES ('MS-B1', false, 2::bigint, ARRAY['Atticus', 'Auteur'], 18.00, 2.00),
           ('MS-B2', false, 0::bigint, '{}'::text[],             0,     0),
           ('MS-B3', true,  1::bigint, ARRAY['Eikon'],            8.00,  1.50),
           ('MS-B4', true,  2::bigint, ARRAY['Atticus', 'Verite'], 16.00, 0),
           ('MS-B5', true,  0::bigint, '{}'::text[],             0,     0),
           ('MS-B6', false, 1::bigint, ARRAY['Caldera'],          14.00, 0)$$,
  'the fixture''s figures: the removed order counts only where it was built');
SELECT ok((SELECT bool_and(remaining_estimated_hours > 0 AND remaining_estimated_hours < estimated_hours)
             FROM workshop_private.production_summary WHERE batch_number IN ('MS-B1', 'MS-B6'))
          AND (SELECT bool_and(remaining_estimated_hours = 0)
                 FROM workshop_private.production_summary WHERE batch_number IN ('MS-B2', 'MS-B3', 'MS-B4', 'MS-B5')),
  'remaining hours: part of the estimate for the open batches with orders, 0 for the others');
SELECT is((SELECT models FROM workshop_private.production_summary WHERE batch_number = 'MS-B4'),
  ARRAY[(SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'),
        (SELECT id FROM workshop.headphone_models WHERE name = 'Verite')],
  'a complete batch''s models are in the order of its model_names');

-- New estimates: the open batches follow them, a complete batch keeps those of its completion.
UPDATE workshop.model_production_stages SET estimated_hours = estimated_hours + 1
 WHERE model_id IN (SELECT id FROM workshop.headphone_models WHERE name IN ('Eikon', 'Atticus', 'Caldera'));
SELECT workshop.refresh_production_summary();
SELECT results_eq(
  $$SELECT * FROM workshop_private.production_summary WHERE batch_number LIKE 'MS-B%' AND NOT is_complete ORDER BY batch_number$$,
  $$SELECT * FROM released_summary WHERE batch_number LIKE 'MS-B%' AND NOT is_complete ORDER BY batch_number$$,
  'after new stage estimates the open batches still equal the released definition');
SELECT results_eq(
  $$SELECT batch_number, estimated_hours FROM workshop_private.production_summary
     WHERE batch_number IN ('MS-B1', 'MS-B3', 'MS-B4') ORDER BY batch_number$$,
  $$VALUES ('MS-B1', 25.00), ('MS-B3', 8.00), ('MS-B4', 16.00)$$,
  'an open batch is estimated with the new figures, a complete batch keeps those of its completion');

-- The page order has an index.
SELECT is((SELECT pg_get_indexdef('workshop_private.production_summary_batch_number'::regclass)),
  'CREATE INDEX production_summary_batch_number ON workshop_private.production_summary USING btree (batch_number)',
  'the summary has an index on batch_number for its pages');

SELECT * FROM finish();
ROLLBACK;
