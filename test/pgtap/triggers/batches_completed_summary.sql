-- Trigger batches_completed_summary: a batch's production summary figures are written
-- once, by the statement that completes it; the backfill's query gives the same rows.
BEGIN;
SELECT plan(11);

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a7200000-0000-4000-8000-000000000001', 'e7200000-0000-4000-8000-000000000001', 'Frozen Manager', 'frozen.manager@example.com', 'manager');
INSERT INTO workshop.customers (id, auth_user_id, name, email) VALUES
  ('c7200000-0000-4000-8000-000000000001', 'e7200000-0000-4000-8000-000000000009', 'Frozen Customer', 'frozen.customer@example.com');
SET LOCAL workshop.worker_id = 'a7200000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, customer_id, model_id, wood_type)
SELECT v.id::uuid, v.num, 'c7200000-0000-4000-8000-000000000001', m.id, v.wood::workshop.wood_type
  FROM (VALUES ('b7200000-0000-4000-8000-000000000001', 'FS-O1', 'Auteur',  'Walnut'),
               ('b7200000-0000-4000-8000-000000000002', 'FS-O2', 'Atticus', 'Cherry'),
               ('b7200000-0000-4000-8000-000000000003', 'FS-O3', 'Auteur',  'Sapele'),
               ('b7200000-0000-4000-8000-000000000004', 'FS-O4', 'Eikon',   'Cherry')) v (id, num, model, wood)
  JOIN workshop.headphone_models m ON m.name = v.model;

SELECT ok((SELECT tgtype & 1 = 0 AND tgoldtable IS NOT NULL AND tgnewtable IS NOT NULL
             FROM pg_trigger WHERE tgrelid = 'workshop.batches'::regclass AND tgname = 'batches_completed_summary'),
  'batches_completed_summary is a statement trigger with transition tables');

-- FS-B1: three orders, two of one model; FS-B2 and FS-B3 one order each; FS-B4 none.
SELECT id AS b1 FROM workshop.create_batch('FS-B1') \gset
SELECT id AS b2 FROM workshop.create_batch('FS-B2') \gset
SELECT id AS b3 FROM workshop.create_batch('FS-B3') \gset
SELECT id AS b4 FROM workshop.create_batch('FS-B4') \gset
SELECT workshop.add_order_to_batch(:'b1', 'b7200000-0000-4000-8000-000000000001');
SELECT workshop.add_order_to_batch(:'b1', 'b7200000-0000-4000-8000-000000000002');
SELECT workshop.add_order_to_batch(:'b1', 'b7200000-0000-4000-8000-000000000003');
SELECT workshop.add_order_to_batch(:'b2', 'b7200000-0000-4000-8000-000000000004');
SELECT workshop.advance_batch(b) FROM unnest(ARRAY[:'b1', :'b2', :'b3', :'b4']::uuid[]) b, generate_series(1, 6);

SELECT is_empty($$SELECT FROM workshop_private.completed_batch_summary WHERE batch_id IN (
                    SELECT id FROM workshop.batches WHERE batch_number LIKE 'FS-B%')$$,
  'open batches have no row, however far they moved');

SELECT workshop.complete_batch(:'b1');
SELECT results_eq(
  $$SELECT order_count, model_names, estimated_hours FROM workshop_private.completed_batch_summary
     WHERE batch_id = '$$ || :'b1' || $$'$$,
  $$VALUES (3::bigint, ARRAY['Atticus', 'Auteur'], 30.00)$$,
  'completing a batch writes its order count, model names and estimated hours (each order counted)');
SELECT is((SELECT models FROM workshop_private.completed_batch_summary WHERE batch_id = :'b1'),
  ARRAY[(SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'),
        (SELECT id FROM workshop.headphone_models WHERE name = 'Auteur')],
  'its model ids, in the order of model_names');

-- Other updates of a complete or open batch write nothing.
SELECT workshop.set_batch_quality(:'b2', 'warning', 'check');
SELECT workshop.set_batch_quality(:'b2', 'good', 'checked');
SELECT is((SELECT count(*) FROM workshop_private.completed_batch_summary c
             JOIN workshop.batches b ON b.id = c.batch_id WHERE b.batch_number LIKE 'FS-B%'), 1::bigint,
  'an update that completes nothing writes nothing');

-- One statement completing several batches writes a row for each.
UPDATE workshop.batches SET is_complete = true WHERE id IN (:'b2', :'b3', :'b4');
SELECT results_eq(
  $$SELECT b.batch_number, c.order_count, c.model_names, c.estimated_hours
      FROM workshop_private.completed_batch_summary c JOIN workshop.batches b ON b.id = c.batch_id
     WHERE b.batch_number IN ('FS-B2', 'FS-B3', 'FS-B4') ORDER BY b.batch_number$$,
  $$VALUES ('FS-B2', 1::bigint, ARRAY['Eikon'], 8.00), ('FS-B3', 0::bigint, '{}'::text[], 0),
           ('FS-B4', 0::bigint, '{}'::text[], 0)$$,
  'a bulk completion writes every batch''s row; a batch without orders gets zeros');
SELECT is((SELECT estimated_hours FROM workshop_private.completed_batch_summary WHERE batch_id = :'b1'),
  (SELECT total_estimated_hours::numeric FROM workshop.batch_metadata WHERE batch_id = :'b1'),
  'the estimated hours equal batch_metadata''s total frozen at completion');

-- The backfill (in the deploy) runs completed_batch_summary_of over the complete batches.
SELECT results_eq(
  $$SELECT * FROM workshop_private.completed_batch_summary_of(ARRAY(
      SELECT id FROM workshop.batches WHERE is_complete)) ORDER BY batch_id$$,
  $$SELECT * FROM workshop_private.completed_batch_summary ORDER BY batch_id$$,
  'the backfill''s query gives exactly the rows the trigger wrote');

SELECT ok((SELECT prosecdef AND proconfig @> ARRAY['search_path=""']
             FROM pg_proc WHERE oid = 'workshop_private.batches_completed_summary()'::regprocedure),
  'the trigger function is SECURITY DEFINER with an empty search_path');
SELECT ok(NOT has_function_privilege('authenticated', 'workshop_private.completed_batch_summary_of(uuid[])', 'EXECUTE')
          AND NOT has_function_privilege('anon', 'workshop_private.completed_batch_summary_of(uuid[])', 'EXECUTE'),
  'completed_batch_summary_of is not executable by anon or authenticated');

-- A row can only be written once: the batch is frozen and completes once.
SELECT throws_ok(
  format($$INSERT INTO workshop_private.completed_batch_summary SELECT * FROM workshop_private.completed_batch_summary_of(ARRAY['%s'::uuid])$$, :'b1'),
  '23505', NULL, 'a second row for the same batch is refused');

SELECT * FROM finish();
ROLLBACK;
