-- indexes/orders_open_due_date: a valid partial index on the due dates of open orders.
BEGIN;
SELECT plan(3);

SELECT test_helpers.online_index_ok('idx_orders_open_due_date',
  'CREATE INDEX idx_orders_open_due_date ON workshop.orders USING btree (due_date) WHERE '
  || '(status <> ALL (ARRAY[''shipped''::workshop.order_status, ''delivered''::workshop.order_status, '
  || '''cancelled''::workshop.order_status]))',
  'due_date, open orders only');

SELECT * FROM finish();
ROLLBACK;
