-- workshop.index_usage: scans per index, never-used ones, rows covered and bytes per
-- row; managers and admins only. Scan counts reach the statistics when a transaction
-- ends, so this test checks the flags on indexes it knows about; python/tests checks
-- counting across commits.
BEGIN;
SELECT plan(9);

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
-- Rows covered and bytes per row: compact when built, mostly empty pages when most rows
-- have left. ANALYZE (allowed in a transaction, unlike VACUUM) counts the rows this
-- transaction deleted as dead, and sets the index's count as VACUUM would.
CREATE TABLE workshop_private.index_usage_rows (id integer NOT NULL);
INSERT INTO workshop_private.index_usage_rows SELECT generate_series(1, 10000);
CREATE INDEX index_usage_rows_id ON workshop_private.index_usage_rows (id);
CREATE INDEX index_usage_rows_low ON workshop_private.index_usage_rows (id) WHERE id <= 100;
SELECT results_eq(
  $$SELECT index_name, indexed_rows, bytes_per_row = round(index_bytes / indexed_rows::numeric),
           bytes_per_row BETWEEN 16 AND 40
      FROM workshop.index_usage WHERE table_name = 'index_usage_rows' ORDER BY index_name$$,
  $$VALUES ('index_usage_rows_id', 10000::bigint, true, true),
           ('index_usage_rows_low', 100::bigint, true, false)$$,
  'a freshly built index: its rows (a partial one: those of its predicate), index_bytes / rows (tens for the big one; a small index is mostly its root and metapage)');
DELETE FROM workshop_private.index_usage_rows WHERE id > 10;
ANALYZE workshop_private.index_usage_rows;
SELECT results_eq(
  $$SELECT indexed_rows, bytes_per_row > 20000, index_bytes = pg_relation_size('workshop_private.index_usage_rows_id')
      FROM workshop.index_usage WHERE index_name = 'index_usage_rows_id'$$,
  $$VALUES (10::bigint, true, true)$$,
  'after most rows left, the index keeps its pages: thousands of bytes per row');
DELETE FROM workshop_private.index_usage_rows;
ANALYZE workshop_private.index_usage_rows;
SELECT results_eq(
  $$SELECT indexed_rows, bytes_per_row FROM workshop.index_usage WHERE index_name = 'index_usage_rows_id'$$,
  $$VALUES (0::bigint, NULL::numeric)$$,
  'no rows: no bytes per row');

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
