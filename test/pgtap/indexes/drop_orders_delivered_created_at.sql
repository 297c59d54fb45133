-- indexes/drop_orders_delivered_created_at: the delivered orders' status page needs no
-- index of its own. The owner's and staff's under row level security walk
-- idx_orders_created_at from the cursor and filter (most orders are delivered: a page
-- reads about as many rows as it shows).
BEGIN;
SELECT plan(3);

SELECT hasnt_index('workshop', 'orders', 'idx_orders_delivered_created_at', 'idx_orders_delivered_created_at is gone');

SELECT test_helpers.policy_fixture();
SET LOCAL enable_seqscan = off;
-- The status page of bench/queries/orders_by_status.sql, cursor as literals.
CREATE TEMP VIEW delivered_page_sql AS SELECT $q$
  SELECT o.id FROM workshop.orders o
   WHERE o.status = 'delivered'
     AND (o.created_at, o.id) < ('2030-01-01'::timestamptz, 'ffffffff-0000-4000-8000-000000000000'::uuid)
   ORDER BY o.created_at DESC, o.id DESC LIMIT 50 $q$ AS q;
GRANT SELECT ON delivered_page_sql TO authenticated;

SELECT matches(test_helpers.plan_of((SELECT q FROM delivered_page_sql)),
  '"Index Name": "idx_orders_created_at".*"Index Cond": "\(created_at <=',
  'as the owner, a page of delivered orders walks idx_orders_created_at from the cursor');
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('manager');
SELECT matches(test_helpers.plan_of((SELECT q FROM delivered_page_sql)),
  '"Index Name": "idx_orders_created_at".*"Index Cond": "\(created_at <=',
  'as a manager under row level security, idx_orders_created_at from the cursor');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
