-- indexes/orders_by_status: a status page prepared with the status as a parameter, run
-- with the generic plan PostgreSQL keeps after five executions, finds its orders by
-- status instead of walking every order newest first and filtering.
BEGIN;
SELECT plan(3);

SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_orders_by_status'::regclass),
  'CREATE INDEX idx_orders_by_status ON workshop.orders USING btree (status, created_at DESC, id DESC)',
  'idx_orders_by_status is on (status, created_at DESC, id DESC)');

SELECT test_helpers.policy_fixture();
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
-- The status page of bench/queries/orders_by_status.sql, status and cursor as parameters.
PREPARE status_page(workshop.order_status, timestamptz, uuid) AS
  SELECT o.id FROM workshop.orders o
   WHERE o.status = $1 AND o.created_at <= $2 AND (o.created_at < $2 OR o.id < $3)
   ORDER BY o.created_at DESC, o.id DESC LIMIT 50;
SET LOCAL plan_cache_mode = force_generic_plan;
CREATE TEMP VIEW generic_sql AS SELECT
  $q$EXECUTE status_page('on_hold', '2030-01-01', 'ffffffff-0000-4000-8000-000000000000')$q$ AS q;

SELECT matches(test_helpers.plan_of((SELECT q FROM generic_sql)),
  '"Index Name": "idx_orders_by_status".*"Index Cond": "\(\(status = \$1\) AND \(created_at <= \$2\)\)"',
  'the generic plan of a status page looks its status up in idx_orders_by_status, from the cursor');
SELECT unalike(test_helpers.plan_of((SELECT q FROM generic_sql)), '%"Node Type": "Sort"%',
  'and sorts nothing');
SELECT * FROM finish();
ROLLBACK;
