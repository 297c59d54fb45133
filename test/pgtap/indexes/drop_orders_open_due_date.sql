-- indexes/drop_orders_open_due_date: the due dates of open orders need no index of their
-- own. indexes/orders_open_due_date built it (online: python/tests/test_online_changes.py
-- deploys and reverts both changes under writes); its readers now use the partial
-- indexes of open orders: the past-due check of workshop.data_quality_report, as the
-- owner and as a manager under row level security (the function is SECURITY INVOKER).
BEGIN;
SELECT plan(3);

SELECT hasnt_index('workshop', 'orders', 'idx_orders_open_due_date', 'idx_orders_open_due_date is gone');

SELECT test_helpers.policy_fixture();
SET LOCAL enable_seqscan = off;
-- The condition of the past-due check (functions/data_quality_report).
CREATE TEMP VIEW past_due_sql AS SELECT $q$
  SELECT o.id, o.order_number FROM workshop.orders o
   WHERE o.due_date < CURRENT_DATE
     AND o.status IN ('pending', 'in_production', 'on_hold', 'ready_to_ship') $q$ AS q;
GRANT SELECT ON past_due_sql TO authenticated;

SELECT matches(test_helpers.plan_of((SELECT q FROM past_due_sql)),
  '"Index Name": "(idx_orders_open_created_at|idx_orders_due_risk)"',
  'as the owner, the past-due check reads a partial index of open orders');
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('manager');
SELECT matches(test_helpers.plan_of((SELECT q FROM past_due_sql)),
  '"Index Name": "(idx_orders_open_created_at|idx_orders_due_risk)"',
  'as a manager under row level security, too (a partial index''s predicate needs no leakproof operator)');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
