-- workshop_private.production_summary, its refresh and its read path
-- workshop.production_summary. Fixtures go through the API functions.
BEGIN;
SELECT plan(27);

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a7000000-0000-4000-8000-000000000001', 'e7000000-0000-4000-8000-000000000001', 'Summary Manager', 'summary.manager@example.com', 'manager'),
  ('a7000000-0000-4000-8000-000000000002', 'e7000000-0000-4000-8000-000000000002', 'Summary Worker', 'summary.worker@example.com', 'worker');
INSERT INTO workshop.customers (id, auth_user_id, name, email) VALUES
  ('c7000000-0000-4000-8000-000000000001', 'e7000000-0000-4000-8000-000000000009', 'Summary Customer', 'summary.customer@example.com');
SET LOCAL workshop.worker_id = 'a7000000-0000-4000-8000-000000000001';

INSERT INTO workshop.orders (id, order_number, customer_id, model_id, wood_type, internal_notes)
SELECT v.id::uuid, v.num, 'c7000000-0000-4000-8000-000000000001', m.id, v.wood::workshop.wood_type, 'staff only'
  FROM (VALUES ('b7000000-0000-4000-8000-000000000001', 'PS-O1', 'Atticus', 'Cherry'),
               ('b7000000-0000-4000-8000-000000000002', 'PS-O2', 'Auteur',  'Walnut'),
               ('b7000000-0000-4000-8000-000000000003', 'PS-O3', 'Eikon',   'Sapele'),
               ('b7000000-0000-4000-8000-000000000004', 'PS-O4', 'Verite',  'Cocobolo')) v (id, num, model, wood)
  JOIN workshop.headphone_models m ON m.name = v.model;

-- PS-B1: rush, due yesterday, Atticus + Auteur, at Finishing, 4 h logged.
SELECT id AS b1 FROM workshop.create_batch('PS-B1', 'rush', CURRENT_DATE - 1) \gset
SELECT workshop.add_order_to_batch(:'b1', 'b7000000-0000-4000-8000-000000000001');
SELECT workshop.add_order_to_batch(:'b1', 'b7000000-0000-4000-8000-000000000002');
SELECT workshop.log_work(:'b1', 1.0);
SELECT workshop.advance_batch(:'b1');
SELECT workshop.log_work(:'b1', 3.0);
SELECT workshop.advance_batch(:'b1');
-- PS-B2: empty.
SELECT id AS b2 FROM workshop.create_batch('PS-B2') \gset
-- PS-B3: Eikon shipped; the Verite left it on the way and does not count.
SELECT id AS b3 FROM workshop.create_batch('PS-B3', 'low', CURRENT_DATE - 10) \gset
SELECT workshop.add_order_to_batch(:'b3', 'b7000000-0000-4000-8000-000000000003');
SELECT workshop.add_order_to_batch(:'b3', 'b7000000-0000-4000-8000-000000000004');
SELECT workshop.advance_batch(:'b3') FROM generate_series(1, 3);
SELECT workshop.remove_order_from_batch(:'b3', 'b7000000-0000-4000-8000-000000000004', 'regrouped');
SELECT workshop.advance_batch(:'b3') FROM generate_series(1, 3);
SELECT workshop.log_work(:'b3', 2.5, 'Shipping');
SELECT workshop.complete_batch(:'b3');

SELECT is((SELECT is_stale FROM workshop_private.production_summary_state), true,
  'writes to the source tables mark the summary stale');
SELECT is((SELECT status FROM workshop.refresh_production_summary()), 'refreshed', 'refresh: refreshed');
SELECT is((SELECT is_stale FROM workshop_private.production_summary_state), false, 'after it the summary is fresh');
SELECT is((SELECT status FROM workshop.refresh_production_summary(only_if_stale => true)), 'fresh',
  'only_if_stale and nothing written: fresh, no refresh');

SELECT results_eq(
  $$SELECT batch_number, current_stage::text, priority::text, is_complete, is_late, order_count,
           model_names, estimated_hours, remaining_estimated_hours, actual_hours, hours_variance
      FROM workshop.production_summary WHERE batch_number LIKE 'PS-B%' ORDER BY batch_number$$,
  $$VALUES ('PS-B1', 'Finishing', 'rush',     false, true,  2::bigint, ARRAY['Atticus', 'Auteur'], 18.00, 13.50, 4.00, -14.00),
           ('PS-B2', 'Intake',    'standard', false, false, 0::bigint, '{}'::text[],             0,     0,     0,    0),
           ('PS-B3', 'Shipping',  'low',      true,  false, 1::bigint, ARRAY['Eikon'],            8.00,  0,     2.50, -5.50)$$,
  'per batch: stage, priority, completion, lateness, orders, models, estimated, remaining and actual hours');
SELECT is((SELECT models FROM workshop.production_summary WHERE batch_number = 'PS-B1'),
  ARRAY[(SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'),
        (SELECT id FROM workshop.headphone_models WHERE name = 'Auteur')],
  'models holds the model ids in the order of model_names');
SELECT results_eq(
  $$SELECT target_completion, actual_completion, quality_status::text FROM workshop.production_summary
     WHERE batch_number IN ('PS-B1', 'PS-B3') ORDER BY batch_number$$,
  $$VALUES (CURRENT_DATE - 1, NULL::date, 'good'), (CURRENT_DATE - 10, CURRENT_DATE, 'good')$$,
  'target and actual completion dates, quality status');
SELECT is((SELECT count(DISTINCT refreshed_at) FROM workshop.production_summary), 1::bigint,
  'every row carries the time of the refresh');
SELECT ok((SELECT bool_and(NOT is_stale AND refreshed_at IS NOT NULL) FROM workshop.production_summary),
  'and says it is not stale');

-- A write after the refresh: the summary shows the old data and says it is stale.
SELECT workshop.log_work(:'b1', 2.0);
SELECT is((SELECT (actual_hours, is_stale)::text FROM workshop.production_summary WHERE batch_number = 'PS-B1'),
  (4.00, true)::text, 'after a write: old figures, marked stale');
SELECT is((SELECT status FROM workshop.refresh_production_summary(true)), 'refreshed', 'only_if_stale refreshes a stale summary');
SELECT is((SELECT actual_hours FROM workshop.production_summary WHERE batch_number = 'PS-B1'), 6.00,
  'the refresh picked up the new work');
SELECT is((SELECT order_count FROM workshop_private.production_summary WHERE batch_number = 'PS-B2'), 0::bigint,
  'the materialized view keeps the empty batch (LEFT JOINs)');

-- Structure.
SELECT is((SELECT relkind::text FROM pg_class WHERE oid = 'workshop_private.production_summary'::regclass), 'm',
  'workshop_private.production_summary is a materialized view');
SELECT ok((SELECT indisunique AND indpred IS NULL FROM pg_index
            WHERE indexrelid = 'workshop_private.production_summary_batch_id_key'::regclass),
  'it has a unique index on batch_id without predicate (REFRESH CONCURRENTLY)');
SELECT ok((SELECT reloptions @> ARRAY['security_barrier=true'] FROM pg_class WHERE oid = 'workshop.production_summary'::regclass),
  'workshop.production_summary is a security barrier behind its staff gate');
SELECT is_empty(
  $$SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm') AND n.nspname IN ('workshop', 'workshop_private')
      AND a.attname LIKE '%notes%' AND NOT a.attisdropped$$,
  'no view or materialized view of ours has a notes column (internal_notes never leaks)');
SELECT ok(NOT has_table_privilege('authenticated', 'workshop_private.production_summary', 'SELECT')
          AND NOT has_table_privilege('anon', 'workshop.production_summary', 'SELECT'),
  'neither authenticated (directly) nor anon can read the summary');
SELECT ok(NOT has_function_privilege('anon', 'workshop.refresh_production_summary(boolean)', 'EXECUTE'),
  'anon cannot refresh');

-- Who may read and refresh: staff, as themselves.
SET LOCAL ROLE authenticated;
SELECT set_config('request.jwt.claims', '{"sub":"e7000000-0000-4000-8000-000000000002","role":"authenticated"}', true);
SELECT is((SELECT count(*) FROM workshop.production_summary WHERE batch_number LIKE 'PS-B%'), 3::bigint,
  'a worker reads the summary');
SELECT is((SELECT status FROM workshop.refresh_production_summary()), 'refreshed', 'a worker may refresh it');
SELECT set_config('request.jwt.claims', '{"sub":"e7000000-0000-4000-8000-000000000009","role":"authenticated"}', true);
SELECT throws_ok($$SELECT * FROM workshop.production_summary$$, '42501', NULL, 'a customer may not read it');
SELECT throws_ok($$SELECT * FROM workshop.refresh_production_summary()$$, '42501', NULL, 'nor refresh it');
SELECT set_config('request.jwt.claims', '', true);
SELECT throws_ok($$SELECT * FROM workshop.production_summary$$, '42501', NULL,
  'authenticated without a signed-in user may not read it');
RESET ROLE;
SET LOCAL ROLE service_role;
SELECT is((SELECT status FROM workshop.refresh_production_summary()), 'refreshed', 'service_role may refresh it');
SELECT results_eq(
  $$SELECT batch_number FROM workshop.production_summary WHERE batch_number LIKE 'PS-B%' ORDER BY batch_number$$,
  $$VALUES ('PS-B1'), ('PS-B2'), ('PS-B3')$$,
  'and read it');
RESET ROLE;
SET LOCAL ROLE anon;
SELECT throws_ok($$SELECT * FROM workshop.production_summary$$, '42501', NULL, 'anon may not read it');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
