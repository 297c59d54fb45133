-- workshop.table_sizes: disk use of our tables; managers and admins only.
BEGIN;
SELECT plan(8);

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a7700000-0000-4000-8000-000000000001', 'e7700000-0000-4000-8000-000000000001', 'Sizes Manager', 'sizes.manager@example.com', 'manager'),
  ('a7700000-0000-4000-8000-000000000002', 'e7700000-0000-4000-8000-000000000002', 'Sizes Worker', 'sizes.worker@example.com', 'worker'),
  ('a7700000-0000-4000-8000-000000000003', 'e7700000-0000-4000-8000-000000000003', 'Sizes Admin', 'sizes.admin@example.com', 'admin');
-- 300 customers with long addresses, so the table, its indexes and its TOAST all hold data.
INSERT INTO workshop.customers (name, email, shipping_address)
SELECT 'Customer ' || i, 'customer' || i || '@sizes.example',
       jsonb_build_object('street', (SELECT string_agg(md5(i::text || j::text), '') FROM generate_series(1, 200) j))
  FROM generate_series(1, 300) i;
ANALYZE workshop.customers;

SELECT results_eq(
  $$SELECT kind, total_bytes > 0, table_bytes > 0, index_bytes > 0, toast_bytes > 0, row_estimate
      FROM workshop.table_sizes WHERE schema_name = 'workshop' AND table_name = 'customers'$$,
  $$VALUES ('table', true, true, true, true, (SELECT count(*) FROM workshop.customers))$$,
  'customers: table, indexes and TOAST hold data; the row estimate is the analysed count');
SELECT is_empty(
  $$SELECT 1 FROM workshop.table_sizes WHERE total_bytes <> table_bytes + index_bytes + toast_bytes$$,
  'total_bytes = table_bytes + index_bytes + toast_bytes for every table');
SELECT is((SELECT total_size FROM workshop.table_sizes WHERE table_name = 'customers'),
  pg_size_pretty(pg_total_relation_size('workshop.customers')), 'total_size is the pretty total');
SELECT results_eq(
  $$SELECT DISTINCT schema_name, kind FROM workshop.table_sizes
     WHERE table_name IN ('orders', 'production_summary', 'production_summary_state') ORDER BY 1, 2$$,
  $$VALUES ('workshop', 'table'), ('workshop_private', 'materialized view'), ('workshop_private', 'table')$$,
  'tables and materialized views of both our schemas');
SELECT is_empty($$SELECT 1 FROM workshop.table_sizes WHERE schema_name NOT IN ('workshop', 'workshop_private')$$,
  'nothing outside our schemas');

SET LOCAL ROLE authenticated;
SELECT set_config('request.jwt.claims', '{"sub":"e7700000-0000-4000-8000-000000000001","role":"authenticated"}', true);
SELECT ok((SELECT count(*) > 0 FROM workshop.table_sizes), 'a manager reads it');
SELECT set_config('request.jwt.claims', '{"sub":"e7700000-0000-4000-8000-000000000003","role":"authenticated"}', true);
SELECT ok((SELECT count(*) > 0 FROM workshop.table_sizes), 'an admin reads it');
SELECT set_config('request.jwt.claims', '{"sub":"e7700000-0000-4000-8000-000000000002","role":"authenticated"}', true);
SELECT throws_ok($$SELECT * FROM workshop.table_sizes$$, '42501', NULL, 'a worker may not');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
