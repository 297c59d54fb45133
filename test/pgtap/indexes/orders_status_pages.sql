-- indexes/orders_status_pages: one partial index per order status serves the status
-- pages, for the owner and, the reason for them, for staff under row level security
-- (where status = ... cannot be an index condition: enum equality is not leakproof).
BEGIN;
SELECT plan(5);

SELECT is_empty($$
  SELECT e.enumlabel FROM pg_catalog.pg_enum e
   WHERE e.enumtypid = 'workshop.order_status'::regtype
     AND pg_catalog.to_regclass('workshop.idx_orders_' || e.enumlabel || '_created_at') IS NULL
     AND e.enumlabel <> 'delivered'
$$, 'every order_status label but delivered (indexes/drop_orders_delivered_created_at) has its status-page index (a new label needs one)');
SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_orders_on_hold_created_at'::regclass),
  'CREATE INDEX idx_orders_on_hold_created_at ON workshop.orders USING btree (created_at DESC, id DESC) WHERE (status = ''on_hold''::workshop.order_status)',
  'idx_orders_on_hold_created_at is on (created_at DESC, id DESC) of on_hold orders');
SELECT hasnt_index('workshop', 'orders', 'idx_orders_status_created_at',
  'the composite index they replace is gone');

SELECT test_helpers.policy_fixture();
SET LOCAL enable_seqscan = off;
-- The status page of bench/queries/orders_by_status.sql, cursor as literals.
CREATE TEMP VIEW status_page_sql AS SELECT $q$
  SELECT o.id FROM workshop.orders o
   WHERE o.status = 'on_hold'
     AND (o.created_at, o.id) < ('2030-01-01'::timestamptz, 'ffffffff-0000-4000-8000-000000000000'::uuid)
   ORDER BY o.created_at DESC, o.id DESC LIMIT 50 $q$ AS q;
GRANT SELECT ON status_page_sql TO authenticated;

SELECT matches(test_helpers.plan_of((SELECT q FROM status_page_sql)),
  '"Index Name": "idx_orders_on_hold_created_at".*"Index Cond": "\(ROW\(created_at, id\) < ROW\(',
  'as the owner, a status page walks its status''s index from the cursor');
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('manager');
SELECT matches(test_helpers.plan_of((SELECT q FROM status_page_sql)),
  '"Index Name": "idx_orders_on_hold_created_at".*"Index Cond": "\(ROW\(created_at, id\) < ROW\(',
  'as a manager under row level security, the same: the status is the index''s predicate, and the keyset, a row comparison of leakproof operators, its condition');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
