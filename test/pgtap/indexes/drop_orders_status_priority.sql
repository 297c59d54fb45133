-- indexes/drop_orders_status_priority: the seed's (status, priority) index is gone; the
-- status pages and the dashboard keep their own indexes.
BEGIN;
SELECT plan(3);

SELECT hasnt_index('workshop', 'orders', 'idx_orders_status_priority', 'idx_orders_status_priority is gone');

SET LOCAL enable_seqscan = off;
SELECT matches(test_helpers.plan_of($q$
  SELECT o.id FROM workshop.orders o
   WHERE o.status = 'on_hold' ORDER BY o.created_at DESC, o.id DESC LIMIT 50 $q$),
  '"Index Name": "idx_orders_on_hold_created_at"',
  'a status page walks its status''s index');
SELECT matches(test_helpers.plan_of($q$
  SELECT o.id FROM workshop.orders o
   WHERE o.priority IN ('rush', 'high') AND o.status IN ('pending', 'in_production', 'on_hold', 'ready_to_ship')
   ORDER BY o.created_at, o.id LIMIT 50 $q$),
  '"Index Name": "idx_orders_open_created_at"',
  'the dashboard (open rush and high orders, oldest first) walks the open orders by age');

SELECT * FROM finish();
ROLLBACK;
