-- Rule order_wood_offered, set-based on INSERT: one statement of many orders over several
-- models is checked once per (model, wood); one order in a wood its model does not
-- offer refuses the whole statement, which then writes nothing, with the rule's name,
-- the wood, the model, the order and the woods offered. An UPDATE of wood or model is
-- still checked per row.
BEGIN;
SELECT plan(10);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a7300000-0000-4000-8000-000000000001', 'Bulk Wood', 'bulk.wood@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a7300000-0000-4000-8000-000000000001';

-- 300 orders over all five models, each in a wood its model offers.
SELECT lives_ok($$
  INSERT INTO workshop.orders (order_number, model_id, wood_type)
  SELECT 'SWO-' || n, m.id, m.wood_types[1 + n % cardinality(m.wood_types)]
    FROM generate_series(1, 300) n
    JOIN (SELECT id, wood_types, row_number() OVER (ORDER BY name) - 1 AS k
            FROM workshop.headphone_models) m ON m.k = n % 5$$,
  'a 300-row INSERT over five models, every wood offered, is accepted');
SELECT is((SELECT count(*) FROM workshop.orders WHERE order_number LIKE 'SWO-%'), 300::bigint,
  'all 300 orders are written');
SELECT is((SELECT count(*) FROM workshop.order_status_history h
             JOIN workshop.orders o ON o.id = h.order_id WHERE o.order_number LIKE 'SWO-%'), 300::bigint,
  'each with its first history row');

-- The same with one Atticus in Ziricote among them, the 150th.
CREATE TEMP VIEW bad_insert AS SELECT $q$
  INSERT INTO workshop.orders (order_number, model_id, wood_type)
  SELECT 'SWX-' || n, m.id,
         CASE WHEN n = 150 THEN 'Ziricote'::workshop.wood_type ELSE 'Walnut' END
    FROM generate_series(1, 300) n
    CROSS JOIN (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus') m$q$ AS q;
SELECT test_helpers.throws_rule((SELECT q FROM bad_insert), '23514', 'order_wood_offered',
  'one order in a wood its model does not offer refuses the 300-row INSERT');
SELECT is(
  (SELECT (e.err_message, e.err_detail, e.err_hint)::text FROM test_helpers.error_of((SELECT q FROM bad_insert)) e),
  ('wood Ziricote is not offered for model Atticus', 'order SWX-150', 'offered: Sapele, Cherry, Walnut')::text,
  'the message names the wood and the model, the detail the order, the hint the woods offered');
SELECT is((SELECT count(*) FROM workshop.orders WHERE order_number LIKE 'SWX-%'), 0::bigint,
  'the refused INSERT wrote no order');
SELECT is((SELECT count(*) FROM workshop.order_status_history h
            WHERE NOT EXISTS (SELECT FROM workshop.orders o WHERE o.id = h.order_id)), 0::bigint,
  'and no history row');

-- An unknown model is the foreign key's to report, before the rule runs.
SELECT throws_ok($$INSERT INTO workshop.orders (order_number, model_id, wood_type)
                   VALUES ('SWU-1', 'dead0000-0000-4000-8000-000000000000', 'Walnut')$$,
  '23503', NULL, 'an unknown model is refused by the foreign key');

-- Changes of wood or model: per row, as released.
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.orders SET wood_type = CASE WHEN order_number = 'SWO-15' THEN 'Ziricote' ELSE 'Walnut' END::workshop.wood_type
     WHERE order_number IN ('SWO-5', 'SWO-10', 'SWO-15')
       AND model_id = (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus')$$,
  '23514', 'order_wood_offered', 'an UPDATE that moves one order to a wood not offered is refused');
SELECT ok((SELECT tgtype::int & 1 = 1 FROM pg_catalog.pg_trigger
            WHERE tgrelid = 'workshop.orders'::regclass AND tgname = 'orders_wood_offered'),
  'the UPDATE check is a row trigger (before each write)');

SELECT * FROM finish();
ROLLBACK;
