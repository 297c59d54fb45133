-- Table workshop.orders: structure, defaults, constraints, indexes, updated_at trigger.
-- Fixtures follow the business rules (a wood the model offers, status left at its
-- default), so this file stays valid with the rule triggers deployed.
BEGIN;
SELECT plan(68);

SELECT has_table('workshop', 'orders', 'table orders exists');
SELECT columns_are('workshop', 'orders', ARRAY[
  'id', 'order_number', 'shopify_order_id', 'shopify_line_item_id', 'line_unit', 'customer_id', 'model_id',
  'wood_type', 'customizations', 'notes', 'internal_notes', 'status', 'priority', 'due_date',
  'created_at', 'updated_at']);
SELECT col_type_is('workshop', 'orders', c, t, format('orders.%s is %s', c, t))
  FROM (VALUES ('id', 'uuid'), ('order_number', 'text'), ('shopify_order_id', 'text'),
               ('shopify_line_item_id', 'text'), ('line_unit', 'integer'), ('customer_id', 'uuid'),
               ('model_id', 'uuid'), ('wood_type', 'workshop.wood_type'), ('customizations', 'jsonb'),
               ('notes', 'text'), ('internal_notes', 'text'), ('status', 'workshop.order_status'),
               ('priority', 'workshop.batch_priority'), ('due_date', 'date'),
               ('created_at', 'timestamp with time zone'), ('updated_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'orders', c, format('orders.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'order_number', 'model_id', 'wood_type', 'customizations', 'status', 'priority',
                    'created_at', 'updated_at']) c;
SELECT col_is_null('workshop', 'orders', c, format('orders.%s is nullable', c))
  FROM unnest(ARRAY['shopify_order_id', 'shopify_line_item_id', 'line_unit', 'customer_id', 'notes',
                    'internal_notes', 'due_date']) c;
SELECT col_default_is('workshop', 'orders', 'status', 'pending'::workshop.order_status, 'orders.status defaults to pending');
SELECT col_default_is('workshop', 'orders', 'priority', 'standard'::workshop.batch_priority, 'orders.priority defaults to standard');
SELECT col_default_is('workshop', 'orders', 'customizations', '{}'::jsonb, 'orders.customizations defaults to {}');
SELECT has_pk('workshop', 'orders', 'orders has a primary key');
SELECT col_is_pk('workshop', 'orders', 'id', 'orders.id is the primary key');
SELECT fk_ok('workshop', 'orders', 'customer_id', 'workshop', 'customers', 'id');
SELECT fk_ok('workshop', 'orders', 'model_id', 'workshop', 'headphone_models', 'id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.orders'::regclass AND contype = 'f'),
          2, 'orders has exactly two foreign keys');
-- Every index of orders is written by each new order and each status change: this list
-- is the whole set (indexes/drop_orders_status_priority dropped the seed's
-- idx_orders_status_priority, indexes/drop_orders_delivered_created_at the delivered
-- orders' status-page index, indexes/drop_orders_open_due_date the due dates of open
-- orders, indexes/drop_orders_by_status the orders by status).
SELECT indexes_are('workshop', 'orders', ARRAY[
  'orders_pkey', 'orders_order_number_key', 'orders_shopify_line_unit_key', 'idx_orders_customer_id',
  'idx_orders_model_id', 'idx_orders_created_at', 'idx_orders_open_created_at',
  'idx_orders_pending_created_at', 'idx_orders_in_production_created_at',
  'idx_orders_on_hold_created_at', 'idx_orders_ready_to_ship_created_at',
  'idx_orders_shipped_created_at', 'idx_orders_cancelled_created_at', 'idx_orders_due_risk']);
SELECT has_index('workshop', 'orders', 'idx_orders_customer_id', 'customer_id', 'idx_orders_customer_id is on customer_id');
SELECT has_index('workshop', 'orders', 'idx_orders_model_id', 'model_id', 'idx_orders_model_id is on model_id');
SELECT hasnt_index('workshop', 'orders', 'idx_orders_status_priority',
                   'idx_orders_status_priority is gone (indexes/drop_orders_status_priority)');
SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_orders_created_at'::regclass),
          'CREATE INDEX idx_orders_created_at ON workshop.orders USING btree (created_at DESC)',
          'idx_orders_created_at is on created_at, newest first');
SELECT has_index('workshop', 'orders', 'orders_shopify_line_unit_key',
                 ARRAY['shopify_order_id', 'shopify_line_item_id', 'line_unit'],
                 'orders_shopify_line_unit_key is on (shopify_order_id, shopify_line_item_id, line_unit)');
SELECT index_is_unique('workshop', 'orders', 'orders_shopify_line_unit_key', 'orders_shopify_line_unit_key is unique');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.orders'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['orders_customizations_is_object', 'orders_line_unit_positive', 'orders_order_number_not_blank',
                'orders_shopify_key_complete'],
          'orders has exactly the check constraints tested here');

-- Fixtures: a customer; orders use Atticus in Walnut, which Atticus offers.
INSERT INTO workshop.customers (id, name, email) VALUES ('00000000-0000-4000-8000-0000000000c2', 'Ivo Brand', 'ivo@example.com');

-- Defaults at work: a new order is pending, standard priority, no customizations.
SELECT lives_ok($$INSERT INTO workshop.orders (id, order_number, customer_id, model_id, wood_type)
                  SELECT '00000000-0000-4000-8000-0000000000d1', 'T-ORD-1', '00000000-0000-4000-8000-0000000000c2', m.id, 'Walnut'
                    FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT'$$,
                'an order entered by hand (no Shopify key) is accepted');
SELECT row_eq($$SELECT status, priority, customizations, created_at = now(), updated_at = now()
                  FROM workshop.orders WHERE id = '00000000-0000-4000-8000-0000000000d1'$$,
              ROW('pending'::workshop.order_status, 'standard'::workshop.batch_priority, '{}'::jsonb, true, true),
              'a new order is pending, standard priority, customizations {}, created and updated now');

SELECT lives_ok($$INSERT INTO workshop.orders (order_number, model_id, wood_type, shopify_order_id, shopify_line_item_id, line_unit, customizations)
                  SELECT o.n, m.id, 'Cherry', 'shop-o-1', 'li-1', o.u, '{"engraving": "IB"}'
                    FROM workshop.headphone_models m, (VALUES ('T-ORD-2', 1), ('T-ORD-3', 2)) o(n, u)
                   WHERE m.sku_prefix = 'ATT'$$,
                'two units of one Shopify line item are two orders; an object of customizations is accepted');
SELECT lives_ok($$INSERT INTO workshop.orders (order_number, model_id, wood_type)
                  SELECT 'T-ORD-4', m.id, 'Sapele' FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT'$$,
                'several hand-entered orders (NULL Shopify key) coexist');

-- Check constraints.
SELECT test_helpers.throws_rule(format($$INSERT INTO workshop.orders
    (order_number, model_id, wood_type, customizations, shopify_order_id, shopify_line_item_id, line_unit)
    SELECT %L, m.id, 'Walnut', %L, %L, %L, %s FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT'$$,
    n, c, so, sl, COALESCE(lu, 'NULL')),
  '23514', rule, descr)
  FROM (VALUES
    ('  ',      '{}', NULL, NULL, NULL, 'orders_order_number_not_blank', 'a blank order number is refused'),
    ('T-BAD-1', '[]', NULL, NULL, NULL, 'orders_customizations_is_object', 'customizations that are a JSON array are refused'),
    ('T-BAD-2', 'null', NULL, NULL, NULL, 'orders_customizations_is_object', 'customizations that are JSON null are refused'),
    ('T-BAD-3', '{}', 'shop-o-9', 'li-9', '0', 'orders_line_unit_positive', 'line_unit 0 is refused'),
    ('T-BAD-4', '{}', 'shop-o-9', NULL, NULL, 'orders_shopify_key_complete', 'a Shopify order id without line item and unit is refused'),
    ('T-BAD-5', '{}', 'shop-o-9', 'li-9', NULL, 'orders_shopify_key_complete', 'a Shopify key without line_unit is refused'),
    ('T-BAD-6', '{}', NULL, 'li-9', '1', 'orders_shopify_key_complete', 'a line item and unit without Shopify order id are refused'),
    ('T-BAD-7', '{}', NULL, NULL, '1', 'orders_shopify_key_complete', 'a line_unit alone is refused')
  ) v(n, c, so, sl, lu, rule, descr);

-- Unique constraints.
SELECT test_helpers.throws_rule($$INSERT INTO workshop.orders (order_number, model_id, wood_type)
                                  SELECT 'T-ORD-1', m.id, 'Walnut' FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT'$$,
  '23505', 'orders_order_number_key', 'order numbers are unique');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.orders (order_number, model_id, wood_type, shopify_order_id, shopify_line_item_id, line_unit)
                                  SELECT 'T-ORD-5', m.id, 'Walnut', 'shop-o-1', 'li-1', 2 FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT'$$,
  '23505', 'orders_shopify_line_unit_key', 'a Shopify line-item unit is imported once');

-- Foreign keys.
SELECT test_helpers.throws_rule($$INSERT INTO workshop.orders (order_number, model_id, wood_type, customer_id)
                                  SELECT 'T-ORD-6', m.id, 'Walnut', '00000000-0000-4000-8000-00000000dead'
                                    FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT'$$,
  '23503', 'orders_customer_id_fkey', 'an order of an unknown customer is refused');
SELECT test_helpers.throws_rule($$DELETE FROM workshop.customers WHERE id = '00000000-0000-4000-8000-0000000000c2'$$,
  '23503', 'orders_customer_id_fkey', 'a customer with orders cannot be deleted');

-- updated_at trigger (the UPDATE touches neither status nor wood).
SELECT trigger_is('workshop', 'orders', 'orders_set_updated_at', 'workshop_private', 'set_updated_at',
                  'orders_set_updated_at calls workshop_private.set_updated_at()');
DO $$ BEGIN PERFORM pg_catalog.pg_sleep(0.001); END $$;
WITH u AS (UPDATE workshop.orders SET internal_notes = 'check the grain match'
            WHERE id = '00000000-0000-4000-8000-0000000000d1'
        RETURNING created_at, updated_at, updated_at = pg_catalog.statement_timestamp() AS is_stmt_time)
SELECT ok(u.updated_at > u.created_at AND u.is_stmt_time, 'an UPDATE sets updated_at to the statement''s time')
  FROM u;

SELECT * FROM finish();
ROLLBACK;
