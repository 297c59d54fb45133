-- indexes/orders_by_status: orders of a status by age, the status an index condition.
-- A status page prepared with the status as a parameter (bench/queries/orders_by_status.sql)
-- keeps a plan that walks it when PostgreSQL switches to the generic plan.
BEGIN;
SELECT plan(5);

SELECT test_helpers.online_index_ok('idx_orders_by_status',
  'CREATE INDEX idx_orders_by_status ON workshop.orders USING btree (status DESC, created_at, id)',
  '(status DESC, created_at, id)');

-- Sequential scans off: on a fixture of a few rows they are rightly cheaper.
SET LOCAL enable_seqscan = off;
SET LOCAL plan_cache_mode = force_generic_plan;
PREPARE status_page(workshop.order_status, timestamptz, uuid) AS
  SELECT o.id FROM workshop.orders o
   WHERE o.status = $1
     AND (o.created_at, o.id) < ($2, $3)
   ORDER BY o.created_at DESC, o.id DESC LIMIT 50;
CREATE TEMP TABLE generic_status_page AS SELECT test_helpers.plan_of(
  $q$EXECUTE status_page('on_hold', '2030-01-01', 'ffffffff-0000-4000-8000-000000000000')$q$) AS p;
SELECT matches((SELECT p FROM generic_status_page),
  '"Index Name": "idx_orders_by_status".*"Index Cond": "\(\(status = \$1\) AND \(ROW\(created_at, id\) < ROW\(\$2, \$3\)\)\)"',
  'the generic plan of a status page finds its status and the cursor in idx_orders_by_status');
SELECT unalike((SELECT p FROM generic_status_page), '%"Node Type": "Sort"%',
  'and reads the page in order, sorting nothing');

SELECT * FROM finish();
ROLLBACK;
