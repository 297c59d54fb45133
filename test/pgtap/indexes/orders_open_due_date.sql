-- indexes/orders_open_due_date: a valid partial index on the due dates of open orders.
BEGIN;
SELECT plan(3);

SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_orders_open_due_date'::regclass),
          'CREATE INDEX idx_orders_open_due_date ON workshop.orders USING btree (due_date) WHERE '
          || '(status <> ALL (ARRAY[''shipped''::workshop.order_status, ''delivered''::workshop.order_status, '
          || '''cancelled''::workshop.order_status]))',
          'idx_orders_open_due_date is on due_date, open orders only');
SELECT ok((SELECT indisvalid AND indisready FROM pg_catalog.pg_index
            WHERE indexrelid = 'workshop.idx_orders_open_due_date'::regclass),
          'idx_orders_open_due_date is valid (its CONCURRENTLY build completed)');
SELECT isnt(pg_catalog.obj_description('workshop.idx_orders_open_due_date'::regclass, 'pg_class'), NULL,
            'idx_orders_open_due_date has a comment');

SELECT * FROM finish();
ROLLBACK;
