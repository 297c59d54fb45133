-- indexes/drop_orders_by_status: no index has the order status as a key. A status page
-- prepared with the status as a parameter is planned for its values, where the
-- status's partial index serves it, and its generic plan, which has no status to match
-- a partial index with, walks idx_orders_created_at and filters: PostgreSQL estimates it
-- dearer and keeps planning per call (python/tests/test_query_plans.py, on the
-- benchmark's data set at 5,000 orders). indexes/orders_by_status built it (online:
-- python/tests/test_online_changes.py deploys and reverts both changes under writes).
BEGIN;
SELECT plan(4);

SELECT hasnt_index('workshop', 'orders', 'idx_orders_by_status', 'idx_orders_by_status is gone');

SELECT test_helpers.policy_fixture();
SET LOCAL enable_seqscan = off;
-- The status page of bench/queries/orders_by_status.sql, the status and the cursor as
-- parameters.
PREPARE status_page(workshop.order_status, timestamptz, uuid) AS
  SELECT o.id FROM workshop.orders o
   WHERE o.status = $1
     AND (o.created_at, o.id) < ($2, $3)
   ORDER BY o.created_at DESC, o.id DESC LIMIT 50;

SET LOCAL plan_cache_mode = force_custom_plan;
SELECT matches(test_helpers.plan_of(
  $q$EXECUTE status_page('on_hold', '2030-01-01', 'ffffffff-0000-4000-8000-000000000000')$q$),
  '"Index Name": "idx_orders_on_hold_created_at".*"Index Cond": "\(ROW\(created_at, id\) < ROW\(',
  'planned for its values, a prepared status page walks its status''s partial index from the cursor');
SELECT matches(test_helpers.plan_of(
  $q$EXECUTE status_page('delivered', '2030-01-01', 'ffffffff-0000-4000-8000-000000000000')$q$),
  '"Index Name": "idx_orders_created_at".*"Index Cond": "\(created_at <=',
  'and delivered orders, most orders, idx_orders_created_at from the cursor');

SET LOCAL plan_cache_mode = force_generic_plan;
CREATE TEMP TABLE generic_status_page AS SELECT test_helpers.plan_of(
  $q$EXECUTE status_page('on_hold', '2030-01-01', 'ffffffff-0000-4000-8000-000000000000')$q$) AS p;
SELECT ok((SELECT p ~ '"Filter": "[^"]*status = \$1'
              AND ARRAY(SELECT m[1] FROM regexp_matches(p, '"Index Name": "([^"]+)"', 'g') m)
                  = ARRAY['idx_orders_created_at']
             FROM generic_status_page),
  'the generic plan has no index for the status: it reads idx_orders_created_at and filters by it');

SELECT * FROM finish();
ROLLBACK;
