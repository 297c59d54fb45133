-- workshop.index_usage: scans per index, never-used ones; managers and admins only.
-- Scan counts reach the statistics when a transaction ends, so this test checks the
-- flags on indexes it knows about; python/tests checks counting across commits.
BEGIN;
SELECT plan(6);

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a7800000-0000-4000-8000-000000000001', 'e7800000-0000-4000-8000-000000000001', 'Index Manager', 'index.manager@example.com', 'manager'),
  ('a7800000-0000-4000-8000-000000000002', 'e7800000-0000-4000-8000-000000000002', 'Index Worker', 'index.worker@example.com', 'worker');
-- A brand-new plain index has never been scanned.
CREATE INDEX index_usage_probe ON workshop.orders (notes);

SELECT results_eq(
  $$SELECT table_name, index_scans, never_used, is_unique, is_primary, is_drop_candidate, index_bytes > 0,
           index_size = pg_size_pretty(index_bytes)
      FROM workshop.index_usage WHERE index_name = 'index_usage_probe'$$,
  $$VALUES ('orders', 0::bigint, true, false, false, true, true, true)$$,
  'a never-scanned plain index is a drop candidate, with its size');
SELECT results_eq(
  $$SELECT is_unique, is_primary, is_drop_candidate FROM workshop.index_usage WHERE index_name = 'orders_pkey'$$,
  $$VALUES (true, true, false)$$,
  'a primary key is never a drop candidate, scanned or not');
SELECT is((SELECT count(*) FROM workshop.index_usage WHERE schema_name NOT IN ('workshop', 'workshop_private')),
  0::bigint, 'only indexes of our schemas');
SELECT is((SELECT count(DISTINCT stats_since IS NOT DISTINCT FROM
                   (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()))
             FROM workshop.index_usage), 1::bigint, 'stats_since is this database''s statistics reset');

SET LOCAL ROLE authenticated;
SELECT set_config('request.jwt.claims', '{"sub":"e7800000-0000-4000-8000-000000000001","role":"authenticated"}', true);
SELECT ok((SELECT count(*) > 0 FROM workshop.index_usage), 'a manager reads it');
SELECT set_config('request.jwt.claims', '{"sub":"e7800000-0000-4000-8000-000000000002","role":"authenticated"}', true);
SELECT throws_ok($$SELECT * FROM workshop.index_usage$$, '42501', NULL, 'a worker may not');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
